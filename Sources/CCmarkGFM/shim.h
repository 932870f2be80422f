// The C surface SupplyNetReport's CommonMark wrapper uses: GitHub's CommonMark parser (cmark-gfm)
// and its extensions (tables, strikethrough, autolinks, the tag filter), as Debian installs them.
//
// The extensions are a library of their own (-lcmark-gfm-extensions, which `pkg-config --libs
// libcmark-gfm` also names) with a header of their own. Never vendor copies of these headers.
#ifndef SUPPLYNET_CCMARKGFM_SHIM_H
#define SUPPLYNET_CCMARKGFM_SHIM_H

#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

/// The options every parse and render uses: cmark-gfm's default, which is its safe mode (raw HTML
/// omitted, `javascript:`, `vbscript:`, `file:` and most `data:` URLs emptied; the opposite,
/// CMARK_OPT_UNSAFE, is never set). The wrapper rewrites raw HTML and links before rendering,
/// so safe mode is a second fence, not the first.
static inline int cmarkshim_options(void) { return CMARK_OPT_DEFAULT; }

#endif
