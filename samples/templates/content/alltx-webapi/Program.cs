using AllTxWebApi;
using Microsoft.AspNetCore.Http.Json;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

// Request and response bodies go through System.Text.Json; the SDK's types carry their own converters, so a dose unit,
// an MRD level or a union is read and written the SDK's way and a broken rule is a JsonException naming it.
builder.Services.Configure<JsonOptions>(options =>
{
    // A missing or null field is an error that names the field, never a silent null.
    options.SerializerOptions.RespectNullableAnnotations = true;
    options.SerializerOptions.RespectRequiredConstructorParameters = true;
});

// Invalid input becomes 400 ProblemDetails that name the field and the rule (see InvalidInputHandler).
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<InvalidInputHandler>();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

builder.Services.AddOpenApi();

WebApplication app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapOpenApi();
app.MapDoseEndpoints();
app.MapMrdEndpoints();

app.Run();
