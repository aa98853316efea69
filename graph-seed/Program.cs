System.Console.OutputEncoding = System.Text.Encoding.UTF8;
return await KnowledgeGraph.Seed.Cli.SeedCli.RunAsync(args, Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
