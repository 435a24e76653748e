using System.Globalization;
using System.Reflection;
using System.Text.Json;
using AllTx;
using Microsoft.AspNetCore.Diagnostics;

namespace AllTxWebApi;

/// <summary>
/// Turns input the SDK refused into 400 ProblemDetails whose <c>errors</c> name the field and the rule:
/// a JSON body that breaks a rule (the SDK's converters throw a <see cref="JsonException"/> with the rule, System.Text.Json
/// adds the path), and a route or query value whose <see cref="IParsable{TSelf}"/> type refused it.
/// </summary>
internal sealed class InvalidInputHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    private static readonly MethodInfo s_ruleBrokenBy =
        typeof(InvalidInputHandler).GetMethod(nameof(RuleBrokenBy), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        Dictionary<string, string[]> errors = badRequest.InnerException is JsonException json
            ? new() { [FieldOf(json.Path)] = [json.Message] }
            : RouteAndQueryErrors(httpContext);
        if (errors.Count == 0)
        {
            errors["request"] = [badRequest.Message];
        }

        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request breaks a rule of the AllTx domain.",
            },
        });
    }

    // "$.dose.unit" -> "dose.unit"; an error in the body as a whole -> "body".
    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');

    // ASP.NET Core binds a route or query value through the type's TryParse, which says only "no". Parse says why: the
    // value object's rule. Every IParsable parameter of the endpoint is parsed again to find the ones it refused.
    private static Dictionary<string, string[]> RouteAndQueryErrors(HttpContext httpContext)
    {
        // The exception handler runs with the endpoint and route values cleared; the feature keeps the failed request's.
        IExceptionHandlerFeature? failed = httpContext.Features.Get<IExceptionHandlerFeature>();
        MethodInfo? handler = failed?.Endpoint?.Metadata.GetMetadata<MethodInfo>();
        RouteValueDictionary routeValues = failed?.RouteValues ?? new();
        Dictionary<string, string[]> errors = new();
        foreach (ParameterInfo parameter in handler?.GetParameters() ?? [])
        {
            Type type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            string? text = RawValue(routeValues, httpContext.Request.Query, parameter.Name!);
            if (text is null || !IsParsable(type))
            {
                continue;
            }

            if (s_ruleBrokenBy.MakeGenericMethod(type).Invoke(null, [text]) is string rule)
            {
                errors[parameter.Name!] = [rule];
            }
        }

        return errors;
    }

    private static string? RawValue(RouteValueDictionary routeValues, IQueryCollection query, string name) =>
        routeValues.TryGetValue(name, out object? routeValue) ? Convert.ToString(routeValue, CultureInfo.InvariantCulture)
        : query.TryGetValue(name, out var queryValue) ? queryValue.ToString()
        : null;

    private static bool IsParsable(Type type) =>
        type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IParsable<>));

    private static string? RuleBrokenBy<T>(string text)
        where T : IParsable<T>
    {
        try
        {
            T.Parse(text, CultureInfo.InvariantCulture);
            return null;
        }
        catch (Exception refused) when (refused is FormatException or ArgumentException or OverflowException or ValueObjectValidationException)
        {
            return refused.Message;
        }
    }
}
