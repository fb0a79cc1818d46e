#include "scrape/ticketextractor.h"

#include "http/charset.h"
#include "http/htmldocument.h"
#include "session/valuecapture.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Patterns are compiled once per extractor (see TicketExtractor's constructor); matching a
// const QRegularExpression from several threads at once is safe.
QString applyRegex(const QString &value, const QRegularExpression *re)
{
    if (!re)
        return value;
    const QRegularExpressionMatch m = re->match(value);
    if (!m.hasMatch())
        return {};
    return m.lastCapturedIndex() >= 1 ? m.captured(1).trimmed() : m.captured(0).trimmed();
}

// "共 325 条" -> 325: pager numbers come wrapped in words.
int firstNumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral(R"(\d+)"));
    const QRegularExpressionMatch m = digits.match(text);
    bool ok = false;
    const int n = m.hasMatch() ? m.captured(0).toInt(&ok) : -1;
    return ok ? n : -1;
}

QJsonValue jsonAt(const QJsonValue &root, const QString &path)
{
    if (path.isEmpty())
        return root;
    QJsonValue v = root;
    for (const QString &part : path.split(u'.')) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && v.isArray())
            v = v.toArray().at(index);
        else if (v.isObject())
            v = v.toObject().value(part);
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

QStringList jsonValues(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            out << ValueCapture::jsonText(item);
    } else if (!v.isNull() && !v.isUndefined()) {
        out << ValueCapture::jsonText(v);
    }
    return out;
}

QStringList splitValue(const QString &value, const FieldRule &rule, const QString &field);

} // namespace

TicketExtractor::TicketExtractor(SiteProfile profile)
    : m_profile(std::move(profile))
    , m_paging(m_profile.list.paging, m_profile.baseUrl)
{
    const auto add = [this](const FieldRule &rule) {
        for (const QString &pattern : { rule.regex, rule.marker }) {
            if (!pattern.isEmpty() && !m_regexes.contains(pattern)) {
                QRegularExpression re(pattern);
                re.optimize();
                m_regexes.insert(pattern, re);
            }
        }
    };
    for (const FieldRule &rule : std::as_const(m_profile.list.columns))
        add(rule);
    for (const FieldRule *rule : { &m_profile.list.releaseLink, &m_profile.list.paging.next,
             &m_profile.list.paging.pageCount, &m_profile.list.paging.total })
        add(*rule);
}

const QRegularExpression *TicketExtractor::regexFor(const QString &pattern) const
{
    if (pattern.isEmpty())
        return nullptr;
    const auto it = m_regexes.constFind(pattern);
    return it == m_regexes.constEnd() ? nullptr : &it.value();
}

ExtractedPage TicketExtractor::extract(
    const QByteArray &body, const QUrl &pageUrl, const QByteArray &contentType) const
{
    const Charset::Decoded decoded = Charset::decode(body, contentType, m_profile.encoding);
    ExtractedPage page = m_profile.list.kind == SiteProfile::ListKind::Json
        ? extractJson(decoded.text, pageUrl)
        : extractHtml(decoded.text, pageUrl);
    page.charset = decoded.charset;
    page.charsetSource = Charset::describe(decoded.source);
    return page;
}

QString TicketExtractor::pick(const QString &raw, const FieldRule &rule) const
{
    if (!rule.marker.isEmpty()) {
        const QRegularExpression *re = regexFor(rule.marker);
        return re && re->match(raw).hasMatch() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return applyRegex(raw, regexFor(rule.regex));
}

QStringList TicketExtractor::finishValue(
    const QString &raw, const FieldRule &rule, const QString &field) const
{
    return splitValue(rule.mapped(pick(raw, rule)), rule, field);
}

// Stores one mapped value in the ticket. Multi-valued fields arrive as lists (split cells, JSON
// arrays); values the profile calls empty ("—") become "".
static void assignField(
    ReleaseTicket &ticket, const QString &field, QStringList values, const SiteProfile::List &list)
{
    for (QString &v : values)
        v = v.trimmed();
    values.removeIf([&](const QString &v) { return v.isEmpty() || list.emptyValues.contains(v); });
    const QString joined = values.join(QLatin1Char(','));
    if (field == u"id")
        ticket.id = joined;
    else if (field == u"application")
        ticket.application = joined;
    else if (field == u"version")
        ticket.version = joined;
    else if (field == u"environment")
        ticket.environment = joined;
    else if (field == u"submitter")
        ticket.submitter = joined;
    else if (field == u"dependencies")
        ticket.dependencies = values;
    else if (field == u"concurrent")
        ticket.concurrent = list.concurrentTrue.contains(joined, Qt::CaseInsensitive);
    else if (field == u"status")
        ticket.portalStatus = joined;
    else
        ticket.extra.insert(field, joined);
}

namespace {

QStringList splitValue(const QString &value, const FieldRule &rule, const QString &field)
{
    // Dependencies are a list even when the profile forgets to say how they are separated.
    const QString separator = !rule.split.isEmpty() ? rule.split
        : field == u"dependencies"                  ? QStringLiteral(",")
                                                    : QString();
    if (separator.isEmpty())
        return { value };
    QStringList parts = value.split(separator);
    // Compiled once: a new pattern per row was JIT-compiled per row (16% of scrape CPU).
    static const QRegularExpression fullWidthCommas(QStringLiteral("[,，、]"));
    if (separator == u",") // full-width commas are common in Chinese pages
        parts = value.split(fullWidthCommas);
    return parts;
}

} // namespace

void TicketExtractor::finishTicket(
    ReleaseTicket &ticket, const QUrl &pageUrl, QStringList *problems) const
{
    Q_UNUSED(problems);
    if (ticket.releaseUrl.isEmpty() && !m_profile.list.releaseUrlTemplate.isEmpty())
        ticket.releaseUrl = m_profile.resolve(
            SiteProfile::expandTemplate(m_profile.list.releaseUrlTemplate, ticket));
    else if (!ticket.releaseUrl.isEmpty())
        ticket.releaseUrl = pageUrl.resolved(ticket.releaseUrl);
    ticket.pendingOnPortal = m_profile.list.pendingStatuses.isEmpty()
        || m_profile.list.pendingStatuses.contains(ticket.portalStatus, Qt::CaseInsensitive);
    ticket.retryableOnPortal = !ticket.pendingOnPortal
        && m_profile.list.retryableStatuses.contains(ticket.portalStatus, Qt::CaseInsensitive);
}

ExtractedPage TicketExtractor::extractHtml(const QString &text, const QUrl &pageUrl) const
{
    ExtractedPage page;
    const SiteProfile::List &list = m_profile.list;
    const HtmlDocument doc(text, pageUrl);
    // Before "empty": a page that nests from its first tag has no tree at all.
    if (doc.stoppedAtDepthLimit()) {
        // Refused even when rows came before the nesting: the parser read nothing after it, and
        // a list cut short must not pass for the whole list.
        page.error = QCoreApplication::translate("TicketExtractor",
            "the page nests elements more than %1 levels deep; the HTML parser stops there, so "
            "the rest of the page (and the list) cannot be read")
                         .arg(HtmlDocument::maxDepth());
        return page;
    }
    if (!doc.isValid() || !doc.root()) {
        page.error = tr("the page is empty or not HTML");
        return page;
    }
    HtmlColumns columns;
    if (!findHtmlColumns(doc, &columns, &page.error))
        return page;

    QString error;
    const QList<HtmlDocument::Node> rows = doc.select(list.rowXPath, nullptr, &error);
    if (!error.isEmpty()) {
        page.error = QStringLiteral("list.row_xpath: %1").arg(error);
        return page;
    }
    page.rowsSeen = int(rows.size());
    int ticketRows = 0; // rows not skipped: the page size, for {offset} in a next template
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (isSkippedRow(doc, rows.at(r)))
            continue;
        ++ticketRows;
        readHtmlRow(doc, rows.at(r), int(r + 1), columns, pageUrl, page);
    }
    readHtmlPager(doc, pageUrl, ticketRows, page);
    return page;
}

bool TicketExtractor::findHtmlColumns(
    const HtmlDocument &doc, HtmlColumns *columns, QString *error) const
{
    const SiteProfile::List &list = m_profile.list;
    // Header text -> cell index, for columns mapped by header.
    QHash<QString, int> headerIndex;
    QStringList headerTexts;
    bool needsHeaders = !list.releaseLink.header.isEmpty();
    for (const FieldRule &rule : list.columns)
        needsHeaders = needsHeaders || !rule.header.isEmpty();
    if (needsHeaders) {
        QString selectError;
        const QList<HtmlDocument::Node> headers
            = doc.select(list.headerXPath, nullptr, &selectError);
        if (!selectError.isEmpty()) {
            *error = QStringLiteral("list.header_xpath: %1").arg(selectError);
            return false;
        }
        for (qsizetype i = 0; i < headers.size(); ++i) {
            headerTexts << HtmlDocument::text(headers.at(i));
            headerIndex.insert(headerTexts.last().toCaseFolded(), int(i));
        }
    }
    QStringList missing;
    const auto indexOf = [&](const FieldRule &rule, const QString &field) -> int {
        const auto it = headerIndex.constFind(HtmlDocument::normalize(rule.header).toCaseFolded());
        if (it != headerIndex.constEnd())
            return it.value();
        missing << QStringLiteral("\"%1\" (%2)").arg(rule.header, field);
        return -1;
    };
    QHash<QString, int> columnIndex;
    // The id first, so its header leads the message when none is found.
    QStringList fields = list.columns.keys();
    fields.removeOne(QStringLiteral("id"));
    fields.prepend(QStringLiteral("id"));
    for (const QString &field : std::as_const(fields)) {
        const FieldRule rule = list.columns.value(field);
        if (!rule.header.isEmpty())
            columnIndex.insert(field, indexOf(rule, field));
    }
    columns->releaseIndex = list.releaseLink.header.isEmpty()
        ? -1
        : indexOf(list.releaseLink, QStringLiteral("release_link"));
    if (!missing.isEmpty()) {
        *error
            = tr("no column headed %1; the headers are: %2")
                  .arg(missing.join(QStringLiteral(", ")),
                      headerTexts.isEmpty() ? tr("none") : headerTexts.join(QStringLiteral(" | ")));
        return false;
    }
    // Looked up once per page rather than once per row and column.
    columns->indexes.reserve(list.columns.size());
    for (auto it = list.columns.begin(); it != list.columns.end(); ++it)
        columns->indexes.append(columnIndex.value(it.key(), -1));
    return true;
}

bool TicketExtractor::isSkippedRow(const HtmlDocument &doc, HtmlDocument::Node row) const
{
    const SiteProfile::List &list = m_profile.list;
    if (!list.skipRows.classes.isEmpty()) {
        const QStringList classes
            = HtmlDocument::attribute(row, QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts);
        if (std::any_of(classes.begin(), classes.end(),
                [&](const QString &c) { return list.skipRows.classes.contains(c); }))
            return true;
    }
    return !list.skipRows.xpath.isEmpty() && doc.test(list.skipRows.xpath, row);
}

QString TicketExtractor::htmlValue(const HtmlDocument &doc, const FieldRule &rule,
    HtmlDocument::Node row, const QList<HtmlDocument::Node> &cells, int index) const
{
    HtmlDocument::Node node = nullptr;
    if (index >= 0) {
        node = index < cells.size() ? cells.at(index) : nullptr;
        if (node && !rule.xpath.isEmpty())
            node = doc.first(rule.xpath, node);
    } else if (!rule.xpath.isEmpty() && rule.attribute.isEmpty()) {
        // Text wanted: evaluate, so string expressions work too
        // (translate(.//dd[@class='needs'], '#', '')) as well as node paths.
        return doc.evaluate(rule.xpath, row);
    } else if (!rule.xpath.isEmpty()) {
        node = doc.first(rule.xpath, row);
    }
    // A header column with an attribute means the first element in that cell carrying it
    // (the <a href> inside the 操作 cell).
    if (node && !rule.attribute.isEmpty() && index >= 0 && rule.xpath.isEmpty()
        && HtmlDocument::attribute(node, rule.attribute).isEmpty())
        node = HtmlDocument::firstDescendantWithAttribute(node, rule.attribute.toUtf8());
    if (!node)
        return {};
    return rule.attribute.isEmpty() ? HtmlDocument::text(node)
                                    : HtmlDocument::attribute(node, rule.attribute);
}

void TicketExtractor::readHtmlRow(const HtmlDocument &doc, HtmlDocument::Node row, int rowNumber,
    const HtmlColumns &columns, const QUrl &pageUrl, ExtractedPage &page) const
{
    const SiteProfile::List &list = m_profile.list;
    // The default cell XPath is read by walking the row's children (same nodes, same order).
    const QList<HtmlDocument::Node> cells = list.cellXPath == u"td|th"
        ? HtmlDocument::childCells(row)
        : doc.select(list.cellXPath, row);
    ReleaseTicket ticket;
    qsizetype column = 0;
    for (auto it = list.columns.begin(); it != list.columns.end(); ++it, ++column) {
        const QString raw = htmlValue(doc, it.value(), row, cells, columns.indexes.at(column));
        assignField(ticket, it.key(), finishValue(raw, it.value(), it.key()), list);
    }
    if (!list.releaseLink.isEmpty()) {
        const QString href = pick(
            htmlValue(doc, list.releaseLink, row, cells, columns.releaseIndex), list.releaseLink);
        if (!href.isEmpty())
            ticket.releaseUrl = QUrl(href);
    }
    if (ticket.id.isEmpty()) {
        page.rowErrors << tr("row %1: no ticket id").arg(rowNumber);
        return;
    }
    finishTicket(ticket, pageUrl, &page.rowErrors);
    // Portals show the release link on pending rows only: elsewhere its absence is normal.
    if (ticket.releaseUrl.isEmpty() && ticket.pendingOnPortal)
        page.rowErrors << tr("row %1 (ticket %2): no release link").arg(rowNumber).arg(ticket.id);
    page.tickets.append(std::move(ticket));
}

void TicketExtractor::readHtmlPager(
    const HtmlDocument &doc, const QUrl &pageUrl, int ticketRows, ExtractedPage &page) const
{
    // The pager: a next link, a page count, a total.
    const SiteProfile::Paging &paging = m_profile.list.paging;
    const auto documentValue = [&](const FieldRule &rule) -> QString {
        if (rule.xpath.isEmpty())
            return {};
        const QString raw = rule.attribute.isEmpty()
            ? doc.evaluate(rule.xpath)
            : HtmlDocument::attribute(doc.first(rule.xpath), rule.attribute);
        return applyRegex(raw, regexFor(rule.regex));
    };
    if (!paging.next.xpath.isEmpty()) {
        page.nextPage = m_paging.nextUrl(documentValue(paging.next), pageUrl, ticketRows);
    } else if (!paging.nextText.isEmpty()) {
        const QString wanted = HtmlDocument::normalize(paging.nextText);
        for (const HtmlDocument::Node a : doc.elementsWithAttribute("a", "href")) {
            if (HtmlDocument::text(a) == wanted) {
                const QString href = HtmlDocument::attribute(a, QStringLiteral("href"));
                page.nextPage = m_paging.nextUrl(
                    applyRegex(href, regexFor(paging.next.regex)), pageUrl, ticketRows);
                break;
            }
        }
    }
    if (!paging.pageCount.isEmpty())
        page.pageCount = firstNumber(documentValue(paging.pageCount));
    if (!paging.total.isEmpty())
        page.totalCount = firstNumber(documentValue(paging.total));
}

ExtractedPage TicketExtractor::extractJson(const QString &text, const QUrl &pageUrl) const
{
    ExtractedPage page;
    const SiteProfile::List &list = m_profile.list;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        page.error = tr("not valid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return page;
    }
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const QJsonValue items = jsonAt(root, list.itemsPath);
    if (!items.isArray()) {
        page.error = tr("no list of items at \"%1\"")
                         .arg(list.itemsPath.isEmpty() ? tr("(root)") : list.itemsPath);
        return page;
    }
    const QJsonArray array = items.toArray();
    page.rowsSeen = int(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        ReleaseTicket ticket;
        for (auto it = list.columns.begin(); it != list.columns.end(); ++it) {
            const FieldRule &rule = it.value();
            QStringList values = jsonValues(jsonAt(item, rule.path));
            // A JSON array stays a list unless a rule reworks the value as text.
            if (!rule.regex.isEmpty() || !rule.split.isEmpty() || !rule.marker.isEmpty()
                || !rule.map.isEmpty() || rule.hasDefault) {
                const QString one = rule.mapped(pick(values.join(QLatin1Char(',')), rule));
                values = rule.split.isEmpty() ? QStringList { one } : one.split(rule.split);
            }
            assignField(ticket, it.key(), values, list);
        }
        if (!list.releaseLink.path.isEmpty()) {
            const QString href = applyRegex(
                ValueCapture::jsonText(jsonAt(item, list.releaseLink.path)), regexFor(list.releaseLink.regex));
            if (!href.isEmpty())
                ticket.releaseUrl = QUrl(href);
        }
        if (ticket.id.isEmpty()) {
            page.rowErrors << tr("item %1: no ticket id").arg(i + 1);
            continue;
        }
        finishTicket(ticket, pageUrl, &page.rowErrors);
        if (ticket.releaseUrl.isEmpty() && ticket.pendingOnPortal)
            page.rowErrors << tr("item %1 (ticket %2): no release link").arg(i + 1).arg(ticket.id);
        page.tickets.append(std::move(ticket));
    }
    if (!list.paging.next.path.isEmpty())
        page.nextPage = m_paging.nextUrl(
            pick(ValueCapture::jsonText(jsonAt(root, list.paging.next.path)), list.paging.next), pageUrl,
            page.rowsSeen);
    if (!list.paging.pageCount.path.isEmpty())
        page.pageCount = firstNumber(ValueCapture::jsonText(jsonAt(root, list.paging.pageCount.path)));
    if (!list.paging.total.path.isEmpty())
        page.totalCount = firstNumber(ValueCapture::jsonText(jsonAt(root, list.paging.total.path)));
    return page;
}
