import Testing

@Suite("The explorer") struct ExplorerTests {}
