internal import CGraphviz

extension ParsedGraph {
    /// Reads everything from a cgraph graph. Call holding the Graphviz lock.
    init(reading graph: UnsafeMutablePointer<Agraph_t>) {
        let builtInDefaults = builtInAttributeDefaults()
        let graphSymbols = AttributeSymbol.declared(in: graph, kind: AGRAPH, builtInDefaults: builtInDefaults)
        let nodeSymbols = AttributeSymbol.declared(in: graph, kind: AGNODE, builtInDefaults: builtInDefaults)
        let edgeSymbols = AttributeSymbol.declared(in: graph, kind: AGEDGE, builtInDefaults: builtInDefaults)

        var nodes: [ParsedNode] = []
        var edges: [ParsedEdge] = []
        var node = agfstnode(graph)
        while let currentNode = node {
            nodes.append(
                ParsedNode(name: cgraphName(currentNode), attributes: nodeSymbols.values(of: currentNode))
            )
            var edge = agfstout(graph, currentNode)
            while let currentEdge = edge {
                edges.append(
                    ParsedEdge(
                        tail: cgraphName(gvshim_edgeTail(currentEdge)),
                        head: cgraphName(gvshim_edgeHead(currentEdge)),
                        attributes: edgeSymbols.values(of: currentEdge)
                    )
                )
                edge = agnxtout(graph, currentEdge)
            }
            node = agnxtnode(graph, currentNode)
        }

        self.init(
            name: graphName(graph),
            isDirected: agisdirected(graph) != 0,
            attributes: graphSymbols.values(of: graph),
            nodes: nodes,
            edges: edges,
            subgraphs: subgraphNames(in: graph)
        )
    }
}

/// A declared attribute (an `Agsym_t`) of one object kind.
private struct AttributeSymbol {
    let name: String
    let symbol: UnsafeMutablePointer<Agsym_t>
    /// A value that is Graphviz's, not the DOT's (node `label` `\N`), so not reported.
    let builtInDefault: String?

    /// Every attribute declared in `graph` for objects of `kind` (AGRAPH, AGNODE, AGEDGE).
    static func declared(
        in graph: UnsafeMutablePointer<Agraph_t>,
        kind: Int32,
        builtInDefaults: [BuiltInDefaultKey: String] = [:]
    ) -> [AttributeSymbol] {
        var symbols: [AttributeSymbol] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let currentSymbol = symbol {
            let name = String(cString: currentSymbol.pointee.name)
            symbols.append(
                AttributeSymbol(
                    name: name,
                    symbol: currentSymbol,
                    builtInDefault: builtInDefaults[BuiltInDefaultKey(kind: kind, name: name)]
                )
            )
            symbol = agnxtattr(graph, kind, currentSymbol)
        }
        return symbols
    }
}

private struct BuiltInDefaultKey: Hashable {
    let kind: Int32
    let name: String
}

/// The attribute values every new graph starts with, by object kind and name.
///
/// Every graph begins with the attributes of cgraph's process-wide prototype
/// graph, where gvContext() declares node `label` = `\N`. Those values say
/// nothing about the DOT text, so `values(of:)` leaves them out.
private func builtInAttributeDefaults() -> [BuiltInDefaultKey: String] {
    guard let emptyGraph = gvshim_openEmptyGraph() else { return [:] }
    defer { agclose(emptyGraph) }
    var defaults: [BuiltInDefaultKey: String] = [:]
    for kind in [AGRAPH, AGNODE, AGEDGE] {
        for attribute in AttributeSymbol.declared(in: emptyGraph, kind: kind) {
            guard let defaultValue = attribute.symbol.pointee.defval else { continue }
            defaults[BuiltInDefaultKey(kind: kind, name: attribute.name)] = String(cString: defaultValue)
        }
    }
    return defaults
}

extension [AttributeSymbol] {
    /// The object's attribute values by name: those not empty and not a built-in default.
    fileprivate func values(of object: UnsafeMutableRawPointer) -> [String: String] {
        var values: [String: String] = [:]
        for attribute in self {
            guard let cValue = agxget(object, attribute.symbol), cValue.pointee != 0 else { continue }
            let value = String(cString: cValue)
            if value != attribute.builtInDefault {
                values[attribute.name] = value
            }
        }
        return values
    }
}

/// An object's name as cgraph reports it.
private func cgraphName(_ object: UnsafeMutableRawPointer) -> String {
    guard let name = agnameof(object) else { return "" }
    return String(cString: name)
}

/// A graph's name; `""` when anonymous, which cgraph reports as `%N` with N
/// from a process-wide counter. (2.42 also anonymises every id written with a
/// leading `%`, nodes included: those names are lost in the parse.)
private func graphName(_ graph: UnsafeMutablePointer<Agraph_t>) -> String {
    let name = cgraphName(graph)
    let isGenerated = name.hasPrefix("%") && name.count > 1
        && name.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    return isGenerated ? "" : name
}

/// The names of all subgraphs below `graph`, depth first, siblings in the
/// order they were created. (cgraph iterates them by internal id, which for a
/// named subgraph is the address of its interned name: not a stable order.)
private func subgraphNames(in graph: UnsafeMutablePointer<Agraph_t>) -> [String] {
    var children: [UnsafeMutablePointer<Agraph_t>] = []
    var subgraph = agfstsubg(graph)
    while let currentSubgraph = subgraph {
        children.append(currentSubgraph)
        subgraph = agnxtsubg(currentSubgraph)
    }
    children.sort { gvshim_sequenceNumber($0) < gvshim_sequenceNumber($1) }
    return children.flatMap { [graphName($0)] + subgraphNames(in: $0) }
}
