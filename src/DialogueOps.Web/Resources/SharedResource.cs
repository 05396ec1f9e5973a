namespace DialogueOps.Web.Resources;

/// <summary>
/// Marker for the one resource set every page, component, validation message and email uses
/// (SharedResource.resx, SharedResource.zh-Hans.resx). Keys are the English text.
/// </summary>
public sealed class SharedResource;
