using System.IO.Compression;
using DialogueOps.Domain.Identity;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace DialogueOps.Web.Infrastructure.Authorization;

/// <summary>
/// Refuses passwords that attackers try first: one of 86,000 common and breached passwords shipped with the app, also
/// when only digits or signs were put around it ("Password2027!" is "password"), and the person's own email name.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> localizer) : IPasswordValidator<ApplicationUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public async Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success;  // Identity's own rules report the missing password
        }

        var email = await manager.GetEmailAsync(user) ?? user.Email ?? "";
        return IsGuessable(password, email)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = localizer["This password is on a list of common or leaked passwords, or is built on your email address. Choose another."],
            })
            : IdentityResult.Success;
    }

    public static bool IsGuessable(string password, string email)
    {
        var lower = password.ToLowerInvariant();
        var core = lower.Trim(" 0123456789!@#$%^&*()-_=+.,;:?/\\|~`'\"[]{}<>".ToCharArray());
        var mailbox = email.Split('@')[0].ToLowerInvariant();
        return Common.Value.Contains(lower) || (core.Length >= 4 && Common.Value.Contains(core))
            || (mailbox.Length >= 4 && (core == mailbox || core == mailbox.Replace(".", "", StringComparison.Ordinal)));
    }

    private static HashSet<string> Load()
    {
        using var resource = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("common-passwords.txt.gz")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
