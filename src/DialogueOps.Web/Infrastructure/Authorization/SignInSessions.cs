using System.Globalization;
using System.Security.Claims;
using DialogueOps.Domain.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DialogueOps.Web.Infrastructure.Authorization;

/// <summary>How long a sign-in lives (Security section of the configuration).</summary>
public sealed class SignInSessionOptions
{
    /// <summary>From signing in, whatever happens in between ("keep me signed in" included).</summary>
    public double SessionHours { get; set; } = 8;

    /// <summary>Staff (who see passports) are signed out after this long without a request.</summary>
    public double StaffIdleMinutes { get; set; } = 30;

    /// <summary>Administrators, organizers, secretariat and check-in staff must sign in with a second factor to open staff pages.
    /// Only Development may turn this off (demo accounts, tests); Production refuses to start without it.</summary>
    public bool RequireStaffTwoFactor { get; set; } = true;
}

/// <summary>
/// The sign-in cookie's rules on top of Identity's: an absolute lifetime, an idle timeout for staff, and the second
/// factor kept across the per-request stamp check (which rebuilds the principal from the database, so a grant given or
/// taken counts from the next request).
/// </summary>
public static class SignInSessions
{
    public const string AuthenticationMethod = "amr";
    public const string MultiFactor = "mfa";
    private const string SignedInAt = "dialogueops.signed-in";
    private const string LastSeenAt = "dialogueops.last-seen";

    public static bool IsStaff(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Organizer) || user.IsInRole(Roles.Secretariat)
        || user.HasAnyGrant(GrantKind.Organizer, GrantKind.Secretariat, GrantKind.CheckInStaff);

    public static bool SignedInWithSecondFactor(this ClaimsPrincipal user) => user.HasClaim(AuthenticationMethod, MultiFactor);

    public static void Configure(CookieAuthenticationOptions cookie, SignInSessionOptions session)
    {
        cookie.ExpireTimeSpan = TimeSpan.FromHours(session.SessionHours);
        cookie.SlidingExpiration = false;
        cookie.Events.OnSigningIn = context =>
        {
            var now = Now(context.HttpContext);
            context.Properties.Items.TryAdd(SignedInAt, Format(now));
            context.Properties.Items[LastSeenAt] = Format(now);
            // The cookie ends with the session; a persistent cookie must not outlive it either.
            context.Properties.ExpiresUtc = Parse(context.Properties.Items[SignedInAt]!) + TimeSpan.FromHours(session.SessionHours);
            return Task.CompletedTask;
        };
        var validateStamp = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnValidatePrincipal = async context =>
        {
            var now = Now(context.HttpContext);
            var items = context.Properties.Items;
            var signedIn = items.TryGetValue(SignedInAt, out var s) && s is not null ? Parse(s) : DateTimeOffset.MinValue;
            var lastSeen = items.TryGetValue(LastSeenAt, out var l) && l is not null ? Parse(l) : DateTimeOffset.MinValue;
            var expired = now - signedIn > TimeSpan.FromHours(session.SessionHours)
                || (context.Principal!.IsStaff() && now - lastSeen > TimeSpan.FromMinutes(session.StaffIdleMinutes));
            if (expired)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await validateStamp(context);
            if (context.Principal?.Identity?.IsAuthenticated == true)
            {
                items[LastSeenAt] = Format(now);
                context.ShouldRenew = true;
            }
        };
    }

    /// <summary>The stamp check rebuilds the principal from the database; how the person signed in is not in the database, so it is carried over.</summary>
    public static Task KeepAuthenticationMethod(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == AuthenticationMethod)
            && context.CurrentPrincipal?.FindFirst(AuthenticationMethod) is { } method)
        {
            identity.AddClaim(new Claim(AuthenticationMethod, method.Value));
        }

        return Task.CompletedTask;
    }

    private static DateTimeOffset Now(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

    private static string Format(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.MinValue;
}
