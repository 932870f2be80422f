// The C surface GraphvizKit uses: the installed Graphviz headers plus a few
// static inline adapters for things Swift cannot call directly (macros,
// variadic functions) or that differ between Graphviz versions.
//
// Include paths follow `pkg-config --cflags libgvc`, which points *into* the
// graphviz include directory (-I/usr/include/graphviz), so the headers are
// named without a `graphviz/` prefix. Never vendor copies of these headers.
#ifndef SUPPLYNET_CGRAPHVIZ_SHIM_H
#define SUPPLYNET_CGRAPHVIZ_SHIM_H

#include <gvc.h>
#include <cgraph.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/// gvRenderData, always reporting the length as size_t.
///
/// The length parameter is `unsigned int *` in Graphviz 2.42 and `size_t *` from
/// Graphviz 13 on, and the headers carry no version macro to test. `_Generic`
/// on the function's own type picks which variable to pass, so this compiles
/// against either without casts or warnings.
typedef int (*gvshim_RenderDataUnsignedLength)(GVC_t *, Agraph_t *, const char *, char **, unsigned int *);

static inline int gvshim_renderData(GVC_t *gvc, Agraph_t *graph, const char *format,
                                    char **result, size_t *length) {
    unsigned int shortLength = 0;
    *length = 0;
    int status = gvRenderData(
        gvc, graph, format, result,
        _Generic(&gvRenderData, gvshim_RenderDataUnsignedLength: &shortLength, default: length));
    if (_Generic(&gvRenderData, gvshim_RenderDataUnsignedLength: 1, default: 0)) *length = shortLength;
    return status;
}

/// An empty directed graph, to read the attributes every new graph starts with.
/// gvContext() declares `label="\N"` for nodes on cgraph's prototype graph, so
/// every graph created afterwards, parsed ones included, has it.
static inline Agraph_t *gvshim_openEmptyGraph(void) {
    return agopen((char *)"empty", Agdirected, NULL);
}

/// agtail and aghead are macros; Swift cannot import them.
static inline Agnode_t *gvshim_edgeTail(Agedge_t *edge) { return agtail(edge); }
static inline Agnode_t *gvshim_edgeHead(Agedge_t *edge) { return aghead(edge); }

/// AGSEQ is a macro over a bitfield: an object's creation sequence number.
static inline unsigned long gvshim_sequenceNumber(void *object) { return AGSEQ(object); }

/// Frees a list returned by gvPluginList (each string, then the list).
static inline void gvshim_freeStringList(char **list, int count) {
    if (!list) return;
    for (int index = 0; index < count; index++) free(list[index]);
    free(list);
}

// MARK: - Reading DOT with ids in creation order

/// cgraph's default id discipline makes a named object's id the address of its interned name,
/// and keeps subgraphs ordered by id: clusters then come out in heap order, which changes from
/// run to run (the same DOT gave SVGs with clusters swapped). This discipline does what the
/// default does for nodes and edges (layouts such as fdp copy them by id into graphs of their
/// own), but names no subgraph itself: cgraph then keeps subgraph names in its internal map and
/// hands out anonymous ids, which follow creation order. Anonymous ids are odd, named ones the
/// (even) addresses of interned names. The counter is shared; GraphvizKit's lock serialises calls.
static inline long gvshim_mapID(void *state, int objtype, char *name, IDTYPE *id, int createflag) {
    static IDTYPE next = 1;
    if (name && objtype == AGRAPH) return 0;
    if (name) {
        char *interned = createflag ? agstrdup((Agraph_t *)state, name) : agstrbind((Agraph_t *)state, name);
        if (!interned) return 0;
        *id = (IDTYPE)interned;
        return 1;
    }
    *id = next;
    next += 2;
    return 1;
}
static inline void *gvshim_openIDs(Agraph_t *graph, Agdisc_t *discipline) { (void)discipline; return graph; }
static inline long gvshim_allocID(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; return 0; }
static inline void gvshim_freeID(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    if (id % 2 == 0) agstrfree((Agraph_t *)state, (char *)id);
}
static inline char *gvshim_printID(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype;
    return id % 2 == 0 ? (char *)id : NULL;
}
static inline void gvshim_closeIDs(void *state) { (void)state; }
static inline void gvshim_registerID(void *state, int objtype, void *object) { (void)state; (void)objtype; (void)object; }

/// DOT text being read, a line at a time as cgraph's own memory reader does.
typedef struct {
    const char *text;
    size_t length;
    size_t position;
} gvshim_reader;

static inline int gvshim_readLine(void *channel, char *buffer, int size) {
    gvshim_reader *reader = (gvshim_reader *)channel;
    int count = 0;
    while (count < size && reader->position < reader->length) {
        char byte = reader->text[reader->position++];
        buffer[count++] = byte;
        if (byte == '\n') break;
    }
    return count;
}

/// agmemread with ids in creation order (see gvshim_mapID). The disciplines outlive the graph,
/// as cgraph keeps pointers to them.
static inline Agraph_t *gvshim_readGraph(const char *text) {
    static Agiddisc_t ids = {
        gvshim_openIDs, gvshim_mapID, gvshim_allocID, gvshim_freeID, gvshim_printID, gvshim_closeIDs, gvshim_registerID,
    };
    static Agiodisc_t io;
    static Agdisc_t discipline;
    io.afread = gvshim_readLine;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    discipline.mem = &AgMemDisc;
    discipline.id = &ids;
    discipline.io = &io;
    gvshim_reader reader = { text, strlen(text), 0 };
    agreadline(1); // the scanner's line count carries over from the previous read otherwise
    return agread(&reader, &discipline);
}

/// The DOT scanner's own teardown (flex's yylex_destroy with cgraph's `aag`
/// prefix). Weak, so a Graphviz build that does not export it still links.
extern int aaglex_destroy(void) __attribute__((weak));

/// Returns the DOT scanner to the state of a fresh process.
///
/// cgraph's scanner is global and keeps its start condition and buffered
/// input between reads. In 2.42 text after the first graph on its
/// last line stays buffered and is read by the *next* call, and a graph
/// followed by an unterminated comment or string leaves the scanner inside it,
/// so every later parse in the process silently returns NULL. Call this after
/// every read, whatever it returned.
static inline void gvshim_resetScanner(void) {
    if (aaglex_destroy) aaglex_destroy();
}

/// Grows cgraph's private message buffer to at least `bytes`.
///
/// With an error callback installed, Graphviz 2.42 formats each message into a
/// static 1 KiB buffer and, when that is too small, formats again from an
/// already consumed va_list: messages over 1 KiB come out garbled (or worse).
/// The buffer only ever grows, so sending one long message whose format has no
/// conversions (safe to format twice) makes every shorter message format in
/// one pass. The callback receives that message; the caller discards it.
static inline int gvshim_growMessageBuffer(size_t bytes) {
    char *padding = malloc(bytes + 1);
    if (!padding) return -1;
    memset(padding, ' ', bytes);
    padding[bytes] = '\0';
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-security"
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    agerr(AGWARN, padding);
#pragma GCC diagnostic pop
    free(padding);
    return 0;
}

#endif
