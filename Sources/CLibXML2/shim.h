// The libxml2 headers Marquee uses. Only MarqueeXML imports this module.
#include <libxml/xmlversion.h>

// Debian builds libxml2 with ICU, so encoding.h would include the system's ICU headers. Swift's
// Foundation carries its own, newer ICU (_FoundationICU) whose `UErrorCode` differs, and clang
// refuses a module that sees both. Marquee never touches libxml2's ICU converter (it only
// appears inside xmlCharEncodingHandler, which we never allocate or read), so hide it: the
// include guard of xmlversion.h keeps the macro from coming back.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
