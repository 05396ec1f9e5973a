using System.Globalization;
using DialogueOps.Web.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DialogueOps.Web.Infrastructure;

public static class LocalizationExtensions
{
    public static readonly CultureInfo[] SupportedCultures = [new("en"), new("zh-Hans")];

    public static WebApplicationBuilder AddDialogueOpsLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // Browsers send zh-CN or zh; both mean Simplified Chinese here.
            options.RequestCultureProviders.Insert(2, new CustomRequestCultureProvider(context =>
            {
                var header = context.Request.Headers.AcceptLanguage.ToString();
                var wantsChinese = header.Split(',').Select(v => v.Split(';')[0].Trim())
                    .FirstOrDefault(v => v.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || v.StartsWith("en", StringComparison.OrdinalIgnoreCase));
                return Task.FromResult(wantsChinese is not null && wantsChinese.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
                        && !wantsChinese.Contains("Hant", StringComparison.OrdinalIgnoreCase) && !wantsChinese.EndsWith("TW", StringComparison.OrdinalIgnoreCase)
                    ? new ProviderCultureResult("zh-Hans")
                    : null);
            }));
        });

        builder.Services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((mvc, factory) =>
        {
            var l = factory.Create(typeof(SharedResource));
            var messages = mvc.ModelBindingMessageProvider;
            messages.SetValueMustNotBeNullAccessor(_ => l["This field is required."]);
            messages.SetMissingBindRequiredValueAccessor(_ => l["This field is required."]);
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => l["The value '{0}' is not valid.", value]);
            messages.SetValueIsInvalidAccessor(value => l["The value '{0}' is not valid.", value]);
            messages.SetValueMustBeANumberAccessor(_ => l["Enter a number."]);
            messages.SetUnknownValueIsInvalidAccessor(_ => l["The value is not valid."]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["The value '{0}' is not valid.", value]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Enter a number."]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["The value is not valid."]);
            messages.SetMissingKeyOrValueAccessor(() => l["This field is required."]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => l["This field is required."]);
        });
        return builder;
    }

    public static WebApplication UseDialogueOpsLocalization(this WebApplication app)
    {
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        return app;
    }
}
