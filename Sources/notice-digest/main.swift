import DigestCLI

await NoticeDigestCommand.start()
