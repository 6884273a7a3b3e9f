// Entry point for C# snippets whose Main is `static async Task Main(...)`.
//
// Mono's mcs 6.8 (Debian 12's mono-mcs) compiles C# 6 and cannot use an async Main as the
// entry point (C# 7.1), and reports warning CS0028 and error CS5001. Compile the snippet
// together with this file and `-main:SnippetgenAsyncMainEntry`. This Main then finds the
// snippet's static Main method, calls it and waits for the returned task.
using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

static class SnippetgenAsyncMainEntry
{
    static int Main(string[] args)
    {
        const BindingFlags AnyStatic = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        MethodInfo[] candidates = Assembly.GetExecutingAssembly().GetTypes()
            .Where(type => type != typeof(SnippetgenAsyncMainEntry))
            .Select(type => type.GetMethod("Main", AnyStatic))
            .Where(method => method != null)
            .ToArray();
        if (candidates.Length != 1)
        {
            Console.Error.WriteLine("error: expected exactly one static Main method in the snippet, found " + candidates.Length);
            return 2;
        }

        MethodInfo snippetMain = candidates[0];
        object[] arguments = snippetMain.GetParameters().Length == 0 ? new object[0] : new object[] { args };
        object result;
        try
        {
            result = snippetMain.Invoke(null, arguments);
        }
        catch (TargetInvocationException exception)
        {
            // Rethrow the snippet's own exception so that mono prints it and exits with status 1.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }

        var task = result as Task;
        if (task != null)
        {
            // GetResult() rethrows the snippet's exception unwrapped, unlike Task.Wait().
            task.GetAwaiter().GetResult();
            var taskWithExitCode = task as Task<int>;
            return taskWithExitCode != null ? taskWithExitCode.Result : 0;
        }
        return result is int ? (int)result : 0;
    }
}
