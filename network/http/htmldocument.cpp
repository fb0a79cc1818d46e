#include "http/htmldocument.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <QCoreApplication>
#include <QHash>

#include <cstring>
#include <memory>

namespace {

struct XPathContextDeleter
{
    void operator()(xmlXPathContext *c) const { xmlXPathFreeContext(c); }
};
struct XPathObjectDeleter
{
    void operator()(xmlXPathObject *o) const { xmlXPathFreeObject(o); }
};
using XPathContextPtr = std::unique_ptr<xmlXPathContext, XPathContextDeleter>;
using XPathObjectPtr = std::unique_ptr<xmlXPathObject, XPathObjectDeleter>;

QString fromXml(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

// libxml2 reports XPath syntax errors through a callback; collect them instead of letting them
// go to stderr.
void collectError(void *userData, xmlErrorPtr error)
{
    auto *out = static_cast<QString *>(userData);
    if (out && error && error->message && out->isEmpty())
        *out = QString::fromUtf8(error->message).trimmed();
}

} // namespace

struct HtmlDocument::XPathCache
{
    XPathContextPtr context;
    QString lastError;
    QHash<QString, xmlXPathCompExprPtr> compiled; // nullptr: does not compile

    ~XPathCache()
    {
        for (xmlXPathCompExprPtr expression : std::as_const(compiled)) {
            if (expression)
                xmlXPathFreeCompExpr(expression);
        }
    }
};

xmlXPathObject *HtmlDocument::evaluateRaw(const QString &xpath, Node context, QString *error) const
{
    if (!m_doc)
        return nullptr;
    if (!m_xpath) {
        m_xpath = std::make_unique<XPathCache>();
        m_xpath->context.reset(xmlXPathNewContext(m_doc));
        if (!m_xpath->context)
            return nullptr;
        m_xpath->context->error = collectError;
        m_xpath->context->userData = &m_xpath->lastError;
    }
    xmlXPathContext *ctx = m_xpath->context.get();
    auto it = m_xpath->compiled.constFind(xpath);
    if (it == m_xpath->compiled.constEnd()) {
        m_xpath->lastError.clear();
        const QByteArray expression = xpath.toUtf8();
        // Compiled against the context so syntax errors reach collectError.
        it = m_xpath->compiled.insert(xpath,
            xmlXPathCtxtCompile(ctx, reinterpret_cast<const xmlChar *>(expression.constData())));
    }
    const QString compileError = m_xpath->lastError;
    xmlXPathObject *result = nullptr;
    if (it.value()) {
        m_xpath->lastError.clear();
        ctx->node = context ? context : reinterpret_cast<xmlNode *>(m_doc);
        ctx->contextSize = -1;
        ctx->proximityPosition = -1;
        result = xmlXPathCompiledEval(it.value(), ctx);
    }
    if (!result && error) {
        const QString message = !m_xpath->lastError.isEmpty() ? m_xpath->lastError : compileError;
        *error = QStringLiteral("XPath \"%1\": %2")
                     .arg(xpath,
                         message.isEmpty()
                             ? QCoreApplication::translate("HtmlDocument", "invalid expression")
                             : message);
    }
    return result;
}

HtmlDocument::HtmlDocument(const QByteArray &html, const QUrl &url)
    : m_url(url)
{
    const QByteArray base = url.toEncoded();
    // UTF-8 unless the page says otherwise: portals in China send UTF-8 without a meta tag.
    parse(html, base, 0);
}

HtmlDocument::HtmlDocument(const QString &text, const QUrl &url)
    : m_url(url)
{
    const QByteArray base = url.toEncoded();
    const QByteArray utf8 = text.toUtf8();
    parse(utf8, base, HTML_PARSE_IGNORE_ENC);
}

void HtmlDocument::parse(const QByteArray &bytes, const QByteArray &base, int extraOptions)
{
    // A parser context of our own, not htmlReadMemory: only the context tells why the parser
    // stopped.
    const std::unique_ptr<htmlParserCtxt, void (*)(htmlParserCtxt *)> context(
        htmlNewParserCtxt(), htmlFreeParserCtxt);
    if (!context)
        return;
    m_doc = htmlCtxtReadMemory(context.get(), bytes.constData(), int(bytes.size()),
        base.constData(), "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
            | HTML_PARSE_COMPACT | extraOptions);
    // libxml2 halts at xmlParserMaxDepth nested elements (its guard against stack exhaustion)
    // and keeps the tree built so far; the error is its only trace.
    const xmlError *last = xmlCtxtGetLastError(context.get());
    m_stoppedAtDepthLimit = last && last->code == XML_ERR_INTERNAL_ERROR && last->message
        && std::strncmp(last->message, "Excessive depth", 15) == 0;
}

int HtmlDocument::maxDepth()
{
    return int(xmlParserMaxDepth);
}

HtmlDocument::~HtmlDocument()
{
    m_xpath.reset(); // before the document it points into
    if (m_doc)
        xmlFreeDoc(m_doc);
}

HtmlDocument::Node HtmlDocument::root() const
{
    return m_doc ? xmlDocGetRootElement(m_doc) : nullptr;
}

QList<HtmlDocument::Node> HtmlDocument::select(
    const QString &xpath, Node context, QString *error) const
{
    QList<Node> nodes;
    const XPathObjectPtr result(evaluateRaw(xpath, context, error));
    if (!result)
        return nodes;
    if (result->type != XPATH_NODESET) {
        if (error)
            *error = QCoreApplication::translate("HtmlDocument", "XPath \"%1\" does not select nodes").arg(xpath);
        return nodes;
    }
    if (const xmlNodeSet *set = result->nodesetval) {
        nodes.reserve(set->nodeNr);
        for (int i = 0; i < set->nodeNr; ++i)
            nodes.append(set->nodeTab[i]);
    }
    return nodes;
}

HtmlDocument::Node HtmlDocument::first(const QString &xpath, Node context, QString *error) const
{
    const QList<Node> nodes = select(xpath, context, error);
    return nodes.isEmpty() ? nullptr : nodes.first();
}

QString HtmlDocument::evaluate(const QString &xpath, Node context, QString *error) const
{
    const XPathObjectPtr result(evaluateRaw(xpath, context, error));
    if (!result)
        return {};
    if (result->type == XPATH_NODESET) {
        const xmlNodeSet *set = result->nodesetval;
        return set && set->nodeNr > 0 ? text(set->nodeTab[0]) : QString();
    }
    xmlChar *s = xmlXPathCastToString(result.get());
    const QString out = normalize(fromXml(s));
    xmlFree(s);
    return out;
}

bool HtmlDocument::test(const QString &xpath, Node context, QString *error) const
{
    const XPathObjectPtr result(evaluateRaw(xpath, context, error));
    return result && xmlXPathCastToBoolean(result.get());
}

QString HtmlDocument::firstText(const QString &xpath, Node context) const
{
    return evaluate(xpath, context);
}

QString HtmlDocument::text(Node node)
{
    if (!node)
        return {};
    xmlChar *content = xmlNodeGetContent(node);
    const QString out = normalize(fromXml(content));
    xmlFree(content);
    return out;
}

QString HtmlDocument::attribute(Node node, const QString &name)
{
    if (!node)
        return {};
    if (node->type == XML_ATTRIBUTE_NODE) // an XPath may select @href itself
        return text(node);
    const QByteArray key = name.toUtf8();
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(key.constData()));
    const QString out = fromXml(value).trimmed();
    xmlFree(value);
    return out;
}

QString HtmlDocument::name(Node node)
{
    return node && node->name ? fromXml(node->name).toLower() : QString();
}

QString HtmlDocument::normalize(const QString &text)
{
    // &nbsp; and other Unicode spaces count as space; runs collapse to one, ends trimmed.
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x3000)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

QList<HtmlDocument::Node> HtmlDocument::childCells(Node parent)
{
    QList<Node> cells;
    if (!parent)
        return cells;
    for (xmlNode *child = parent->children; child; child = child->next) {
        // XPath name tests without a prefix match only elements in no namespace.
        if (child->type == XML_ELEMENT_NODE && !child->ns
            && (xmlStrEqual(child->name, BAD_CAST "td") || xmlStrEqual(child->name, BAD_CAST "th")))
            cells.append(child);
    }
    return cells;
}

namespace {

bool hasAttribute(const xmlNode *node, const xmlChar *name)
{
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (!a->ns && xmlStrEqual(a->name, name))
            return true;
    }
    return false;
}

// The element after node in a pre-order walk below top (document order), nullptr at the end.
xmlNode *nextElement(xmlNode *node, const xmlNode *top)
{
    xmlNode *next = (node == top || node->type == XML_ELEMENT_NODE) && node->children
        ? node->children
        : nullptr;
    while (!next) {
        if (node == top)
            return nullptr;
        if (node->next) {
            next = node->next;
            break;
        }
        node = node->parent;
        if (!node || node == top)
            return nullptr;
    }
    while (next && next->type != XML_ELEMENT_NODE)
        next = next->next ? next->next : nextElement(next, top);
    return next;
}

} // namespace

HtmlDocument::Node HtmlDocument::firstDescendantWithAttribute(Node parent, const QByteArray &name)
{
    const auto *wanted = reinterpret_cast<const xmlChar *>(name.constData());
    for (xmlNode *node = parent ? nextElement(parent, parent) : nullptr; node;
         node = nextElement(node, parent)) {
        if (hasAttribute(node, wanted))
            return node;
    }
    return nullptr;
}

QList<HtmlDocument::Node> HtmlDocument::elementsWithAttribute(
    const QByteArray &name, const QByteArray &attribute) const
{
    QList<Node> out;
    if (!m_doc)
        return out;
    auto *top = reinterpret_cast<xmlNode *>(m_doc);
    const auto *element = reinterpret_cast<const xmlChar *>(name.constData());
    const auto *wanted = reinterpret_cast<const xmlChar *>(attribute.constData());
    for (xmlNode *node = nextElement(top, top); node; node = nextElement(node, top)) {
        if (!node->ns && xmlStrEqual(node->name, element) && hasAttribute(node, wanted))
            out.append(node);
    }
    return out;
}

void HtmlDocument::initialize()
{
    xmlInitParser();
}
