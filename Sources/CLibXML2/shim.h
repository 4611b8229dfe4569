// The libxml2 headers Marquee uses. Only MarqueeXML imports this module.
#include <libxml/xmlversion.h>
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
