import MarqueeCommandLine

MarqueeCommand.main()
