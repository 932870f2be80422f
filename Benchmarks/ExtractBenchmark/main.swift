// Extraction throughput and memory.
//
//   swift build -c release --product ExtractBenchmark
//   .build/release/ExtractBenchmark            # speed on a 64 MB corpus, then memory for 1 to 1000 files
//
// The corpus is the seed articles' sentences, repeated and shuffled with a fixed seed, cut into
// 1 MB articles. Speed is measured on one thread; memory is the peak resident set of a child
// process that extracts N files of the same size one after another.

import Foundation
import SupplyNet
import SupplyNetExtraction

let seeds = CommandLine.arguments.count > 3 ? CommandLine.arguments[3] : "seeds"
let network: Network
do {
    network = try NetworkLoader(path: seeds).load()
} catch {
    FileHandle.standardError.write(Data("\(error.description)\n".utf8))
    exit(1)
}
let extractor = Extractor(network: network)

/// The seed sentences, each as bytes.
func seedSentences() -> [[UInt8]] {
    var sentences: [[UInt8]] = []
    for source in network.sources {
        guard let article = try? ArticleInput.read(path: seeds + "/" + source.file) else { continue }
        for range in extractor.sentenceRanges(of: article) { sentences.append(Array(article.bytes[range])) }
    }
    return sentences
}

/// `count` bytes of shuffled sentences, a paragraph break every few sentences.
func corpus(bytes count: Int, seed: UInt64) -> [UInt8] {
    let sentences = seedSentences()
    var generator = SplitMix64(seed: seed)
    var result: [UInt8] = []
    result.reserveCapacity(count + 4096)
    var order = Array(sentences.indices)
    while result.count < count {
        order.shuffle(using: &generator)
        for (number, index) in order.enumerated() where result.count < count {
            result += sentences[index]
            result += number % 5 == 4 ? [0x0A, 0x0A] : [0x20]
        }
    }
    return result
}

func peakResidentKilobytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? -1
    }
    return -1
}

let fileSize = 1 << 20

if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "memory", let files = Int(CommandLine.arguments[2]) {
    // Child: extract `files` files of 1 MB from disk, one after another.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("extract-benchmark-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = corpus(bytes: fileSize, seed: 42)
    var proposals = 0
    for index in 0..<files {
        let path = folder.appendingPathComponent("article-\(index).txt").path
        FileManager.default.createFile(atPath: path, contents: Data(text))
        guard let article = try? ArticleInput.read(path: path) else { exit(1) }
        proposals += extractor.extract(article).proposals.count
        try? FileManager.default.removeItem(atPath: path)
    }
    print("\(files)\t\(peakResidentKilobytes())\t\(proposals)")
    exit(0)
}

// Speed: 64 MB in 1 MB articles, on this thread.
let total = 64 * fileSize
let text = corpus(bytes: total, seed: 42)
let articles = stride(from: 0, to: text.count, by: fileSize).map { Array(text[$0..<min($0 + fileSize, text.count)]) }
/// CPU time of this thread, which other processes on a shared machine disturb less than the clock.
func threadSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

var best = Double.infinity
var bestCPU = Double.infinity
var proposals = 0
for _ in 0..<3 {
    let start = DispatchTime.now().uptimeNanoseconds
    let startCPU = threadSeconds()
    proposals = 0
    for (index, bytes) in articles.enumerated() {
        guard let article = try? ArticleInput(file: "corpus-\(index).txt", bytes: bytes) else { exit(1) }
        proposals += extractor.extract(article).proposals.count
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    bestCPU = min(bestCPU, threadSeconds() - startCPU)
}
let megabytes = Double(text.count) / 1e6
print("corpus: \(String(format: "%.1f", megabytes)) MB in \(articles.count) articles of 1 MB, \(proposals) proposals")
print("speed: \(String(format: "%.2f", best)) s wall, best of 3: \(String(format: "%.1f", megabytes / best)) MB/s on one thread (target: 5 MB/s)")
print("speed: \(String(format: "%.2f", bestCPU)) s of thread CPU time, best of 3: \(String(format: "%.1f", megabytes / bestCPU)) MB/s")

// Memory: peak RSS of a child process per number of files.
print("files\tpeak RSS (MB)\tproposals")
for files in [1, 10, 100, 1000] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    process.arguments = ["memory", String(files), seeds]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let fields = output.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    guard fields.count == 3, let kilobytes = Double(fields[1]) else {
        print("\(files)\tfailed: \(output)")
        continue
    }
    print("\(files)\t\(String(format: "%.1f", kilobytes / 1024))\t\(fields[2])")
}
