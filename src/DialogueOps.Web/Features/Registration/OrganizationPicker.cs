using DialogueOps.Data;
using DialogueOps.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace DialogueOps.Web.Features.Registration;

/// <summary>Registration forms name an organization as text: an existing one is picked by its exact name, else it is created.</summary>
public static class OrganizationPicker
{
    public static async Task<int> FindOrCreateAsync(DialogueOpsDbContext db, string name, string countryCode)
    {
        name = name.Trim();
        if (await db.Organizations.Where(o => o.Name == name).Select(o => (int?)o.Id).FirstOrDefaultAsync() is { } id)
        {
            return id;
        }

        var organization = new Organization(name, null, null, OrganizationKind.ThinkTank, countryCode);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization.Id;
    }
}
