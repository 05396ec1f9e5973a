namespace DialogueOps.IntegrationTests.Infrastructure;

/// <summary>
/// The app in-process on a given folder, used only to migrate and seed it (and add what a test needs through its
/// services) before the real app opens the same files as a child process (<c>AppProcess</c>).
/// </summary>
public sealed class FolderSeeder(string folder) : DialogueOpsFactory(folder);
