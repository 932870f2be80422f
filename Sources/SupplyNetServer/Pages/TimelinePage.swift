import SupplyNet
import SupplyNetReport

extension PageContext {
    /// `/timeline?step=N`: the network as it grew, one snapshot at a time, the new flows marked.
    func timelinePage() throws(PageError) -> (title: String, body: String) {
        let query = try query(["timeline"])
        let answer = try answer(query)
        guard !answer.panels.isEmpty else { return ("Timeline", "<h1>Timeline</h1><p>No source has a date in this view.</p>") }
        let last = answer.panels.count - 1
        let step = min(max(Int(parameter("step") ?? "") ?? last + 1, 1), last + 1) - 1
        let panel = answer.panels[step]
        let others = parameters.filter { $0.0 != "step" }
        func link(_ index: Int, _ text: String) -> String {
            "<a href=\"/timeline\(ExplorerPaths.query(others + [("step", String(index + 1))]))\">\(text)</a>"
        }
        var body = "<h1>\(XMLText.escaped(answer.title))</h1>\n" + viewForm(action: "/timeline")
        body += "<nav class=\"steps\" aria-label=\"Snapshots\">" + (step > 0 ? link(step - 1, "← earlier") : "<span>← earlier</span>")
            + " <strong>Snapshot \(step + 1) of \(answer.panels.count)</strong> "
            + (step < last ? link(step + 1, "later →") : "<span>later →</span>") + "</nav>\n"
        body += "<p class=\"caption\">\(XMLText.escaped(panel.caption ?? "")). New flows are marked NEW.</p>\n"
        body += figure(answer, panel: step, key: query)
        body += flowTable(panel.network.flows.filter { panel.newFlows.contains($0.id) }, caption: "New in this snapshot")
        return (answer.title, body)
    }
}
