// The libxml2 headers Marquee uses. Only MarqueeXML imports this module.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and libxml/encoding.h then pulls the system's ICU headers into
// this module, where they clash with the ICU that Foundation bundles (_FoundationICU) in any
// module importing both. Marquee never touches the fields those headers add to
// xmlCharEncodingHandler (it only passes pointers to it), so the ICU part is left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>
