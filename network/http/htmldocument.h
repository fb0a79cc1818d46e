#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

struct _xmlDoc;
struct _xmlNode;
struct _xmlXPathObject;

// A parsed HTML page with XPath 1.0 on libxml2 (the engine lxml builds on). libxml2 types stay
// out of the interface so the header can be used where libxml2 is not on the include path.
// One document must not be used from two threads at once; separate documents may.
class HtmlDocument final
{
public:
    using Node = _xmlNode *;

    // Parses leniently as a browser would (recover, no network, no error output).
    HtmlDocument(const QByteArray &html, const QUrl &url);
    // Parses text already decoded (Charset): a <meta charset> in it is ignored, since the
    // text no longer is in that charset.
    HtmlDocument(const QString &text, const QUrl &url);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    bool isValid() const { return m_doc != nullptr; }
    // The parser gave up at libxml2's nesting limit (maxDepth()): what followed is missing.
    bool stoppedAtDepthLimit() const { return m_stoppedAtDepthLimit; }
    static int maxDepth(); // elements nested deeper than this stop the parser
    const QUrl &url() const { return m_url; }
    Node root() const;

    // Nodes selected by xpath relative to context (the document when null). A bad expression
    // gives an empty list and *error.
    QList<Node> select(
        const QString &xpath, Node context = nullptr, QString *error = nullptr) const;
    Node first(const QString &xpath, Node context = nullptr, QString *error = nullptr) const;
    // The XPath's value as a string (string(), count(), text of the first node, ...).
    QString evaluate(const QString &xpath, Node context = nullptr, QString *error = nullptr) const;
    bool test(const QString &xpath, Node context = nullptr, QString *error = nullptr) const;
    // Normalised text of the first match, "" when none.
    QString firstText(const QString &xpath, Node context = nullptr) const;

    static QString text(Node node); // nested text included, whitespace and &nbsp; collapsed
    static QString attribute(Node node, const QString &name); // entities decoded
    static QString name(Node node); // element name, lower case
    static QString normalize(const QString &text);
    // Tree walks for the per-row hot path: an XPath evaluation per row and column
    // cost more than reading the nodes directly.
    // Element children named td or th, in document order: what the XPath "td|th" selects.
    static QList<Node> childCells(Node parent);
    // The first descendant element (not parent itself) carrying the attribute, in document
    // order: what the XPath ".//*[@name]" selects first.
    static Node firstDescendantWithAttribute(Node parent, const QByteArray &name);
    // Elements named name (lower case) carrying attribute, in document order: what the XPath
    // "//name[@attribute]" selects.
    QList<Node> elementsWithAttribute(const QByteArray &name, const QByteArray &attribute) const;

    // Call once on the main thread before documents are parsed on worker threads.
    static void initialize();

private:
    struct XPathCache;
    // Caller frees the result (xmlXPathFreeObject); nullptr on a bad expression.
    _xmlXPathObject *evaluateRaw(const QString &xpath, Node context, QString *error) const;

    void parse(const QByteArray &bytes, const QByteArray &base, int extraOptions);

    _xmlDoc *m_doc = nullptr;
    bool m_stoppedAtDepthLimit = false;
    QUrl m_url;
    // One XPath context and the compiled expressions, reused for every row: a fresh context
    // registers every XPath function in a hash table, which cost more than the parse itself.
    mutable std::unique_ptr<XPathCache> m_xpath;
};
