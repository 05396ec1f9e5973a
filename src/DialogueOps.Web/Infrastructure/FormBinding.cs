using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DialogueOps.Web.Infrastructure;

/// <summary>
/// A checkbox posts "true" (and the hidden "false"); anything else is a broken or hostile client. Reading it as
/// "false" keeps the form usable: the stock binder would record the garbage, and re-rendering the checkbox from it
/// throws (a 500 instead of the form with its messages).
/// </summary>
public sealed class CheckboxBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var first = value.FirstValue;
        var isTrue = bool.TryParse(first, out var parsed) ? parsed : string.Equals(first, "on", StringComparison.OrdinalIgnoreCase);
        context.ModelState.SetModelValue(context.ModelName, isTrue, isTrue ? "true" : "false");
        context.Result = ModelBindingResult.Success(isTrue);
        return Task.CompletedTask;
    }
}

public sealed class CheckboxBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(bool) ? new CheckboxBinder() : null;
}

/// <summary>A POST that names no handler the page has would render the page without its data: answer 400 instead.</summary>
public sealed class UnknownPostHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null && HttpMethods.IsPost(context.HttpContext.Request.Method))
        {
            context.Result = new BadRequestResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
