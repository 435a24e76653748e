using System;
using AllTx.Samples.Surveillance;

return SurveillanceApp.Run(args, Console.Out, Console.Error);
