#include "profile/listsection.h"

#include "profile/fieldrulereader.h"
#include "profile/objectreader.h"
#include "profile/pagingsection.h"
#include "profile/profilechecks.h"
#include "profile/siteprofile.h"

void ListSection::read(ObjectReader &top, SiteProfile &profile)
{
    const auto object = top.object(QStringLiteral("list"));
    if (!object) {
        if (!top.has(QStringLiteral("list")))
            top.fail(QStringLiteral("list"), tr("missing (an object is required)"));
        return;
    }
    ListProfile &list = profile.list;
    ObjectReader r(*object, QStringLiteral("list"), top.problems());
    QString kind = QStringLiteral("html");
    r.string(QStringLiteral("kind"), kind);
    if (kind == u"json")
        list.kind = ListProfile::Kind::Json;
    else if (kind != u"html")
        r.fail(QStringLiteral("kind"), tr("must be \"html\" or \"json\", not \"%1\"").arg(kind));
    r.string(QStringLiteral("first_page"), list.firstPage);
    PagingSection::read(r, profile);
    if (list.kind == ListProfile::Kind::Json)
        r.string(QStringLiteral("items_path"), list.itemsPath, false, false);
    else
        readHtmlRows(r, profile);
    readColumns(r, profile);
    readReleaseLink(r, profile);
    readStatuses(r, profile);
    r.strings(QStringLiteral("concurrent_true"), list.concurrentTrue);
    r.strings(QStringLiteral("empty_values"), list.emptyValues);
}

void ListSection::readStatuses(ObjectReader &r, SiteProfile &profile)
{
    ListProfile &list = profile.list;
    r.strings(QStringLiteral("pending_statuses"), list.pendingStatuses);
    if (profile.format >= 2) {
        r.strings(QStringLiteral("released_statuses"), list.releasedStatuses);
        r.strings(QStringLiteral("failed_statuses"), list.failedStatuses);
        r.strings(QStringLiteral("running_statuses"), list.runningStatuses);
        r.strings(QStringLiteral("retryable_statuses"), list.retryableStatuses);
    } else {
        // What format 1 always meant by released and failed; kept so those files behave as
        // they did. Format 2 says it in the profile.
        list.releasedStatuses = { QStringLiteral("released"), QStringLiteral("已上线") };
        list.failedStatuses = { QStringLiteral("fail"), QStringLiteral("error"),
            QStringLiteral("失败"), QStringLiteral("错误"), QStringLiteral("rejected"),
            QStringLiteral("驳回") };
    }
    const QList<QPair<QString, const QStringList *>> kinds {
        { QStringLiteral("pending_statuses"), &list.pendingStatuses },
        { QStringLiteral("released_statuses"), &list.releasedStatuses },
        { QStringLiteral("failed_statuses"), &list.failedStatuses },
        { QStringLiteral("running_statuses"), &list.runningStatuses },
    };
    // One word in two lists would make a ticket both releasable and released.
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        for (qsizetype j = i + 1; j < kinds.size(); ++j) {
            for (const QString &word : *kinds.at(i).second) {
                if (kinds.at(j).second->contains(word, Qt::CaseInsensitive))
                    r.fail(kinds.at(j).first,
                        tr("\"%1\" is also in %2").arg(word, kinds.at(i).first));
            }
        }
    }
    // A retryable status is a failed one that may be sent again; pending, released or running
    // would contradict it (failed_statuses may well hold it too).
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        if (kinds.at(i).second == &list.failedStatuses)
            continue;
        for (const QString &word : std::as_const(list.retryableStatuses)) {
            if (kinds.at(i).second->contains(word, Qt::CaseInsensitive))
                r.fail(QStringLiteral("retryable_statuses"),
                    tr("\"%1\" is also in %2").arg(word, kinds.at(i).first));
        }
    }
    profile.planning.releasedStatuses = list.releasedStatuses;
    profile.planning.failedStatuses = list.failedStatuses;
    profile.planning.runningStatuses = list.runningStatuses;
}

void ListSection::readHtmlRows(ObjectReader &r, SiteProfile &profile)
{
    ListProfile &list = profile.list;
    r.string(QStringLiteral("row_xpath"), list.rowXPath, true);
    r.string(QStringLiteral("header_xpath"), list.headerXPath);
    r.string(QStringLiteral("cell_xpath"), list.cellXPath);
    ProfileChecks::xpath(list.rowXPath, r.at(QStringLiteral("row_xpath")), r.problems());
    ProfileChecks::xpath(list.headerXPath, r.at(QStringLiteral("header_xpath")), r.problems());
    ProfileChecks::xpath(list.cellXPath, r.at(QStringLiteral("cell_xpath")), r.problems());
    if (const auto o = r.object(QStringLiteral("skip_rows"))) {
        ObjectReader s(*o, r.at(QStringLiteral("skip_rows")), r.problems());
        s.strings(QStringLiteral("classes"), list.skipRows.classes);
        s.string(QStringLiteral("xpath"), list.skipRows.xpath);
        ProfileChecks::xpath(list.skipRows.xpath, s.at(QStringLiteral("xpath")), r.problems());
    }
}

void ListSection::readColumns(ObjectReader &r, SiteProfile &profile)
{
    ListProfile &list = profile.list;
    const FieldRuleReader::Context context { list.kind == ListProfile::Kind::Json,
        profile.format };
    if (const auto columns = r.object(QStringLiteral("columns"))) {
        for (auto it = columns->begin(); it != columns->end(); ++it) {
            const QString path = r.at(QStringLiteral("columns.")) + it.key();
            if (it.key().trimmed().isEmpty() || it.key() == u"releaseUrl")
                r.problems()->append(path + u": " + tr("not a usable field name"));
            else
                list.columns.insert(
                    it.key(), FieldRuleReader::read(it.value(), path, r.problems(), context));
        }
        bool usesHeaders = false;
        for (const FieldRule &rule : std::as_const(list.columns))
            usesHeaders = usesHeaders || !rule.header.isEmpty();
        if (usesHeaders && list.headerXPath.isEmpty())
            list.headerXPath = QStringLiteral("(//tr[th])[1]/th");
    } else if (!r.has(QStringLiteral("columns"))) {
        r.fail(QStringLiteral("columns"),
            tr("missing (an object mapping ticket fields to columns is required)"));
    }
    if (!list.columns.isEmpty() && !list.columns.contains(QStringLiteral("id")))
        r.fail(QStringLiteral("columns.id"), tr("missing: every ticket needs an id"));
}

void ListSection::readReleaseLink(ObjectReader &r, SiteProfile &profile)
{
    ListProfile &list = profile.list;
    const FieldRuleReader::Context context { list.kind == ListProfile::Kind::Json,
        profile.format };
    if (auto rule = FieldRuleReader::optional(r, QStringLiteral("release_link"), context)) {
        list.releaseLink = *rule;
        if (!context.json && list.releaseLink.attribute.isEmpty())
            list.releaseLink.attribute = QStringLiteral("href");
    }
    r.string(QStringLiteral("release_url_template"), list.releaseUrlTemplate);
    if (list.releaseLink.isEmpty() && list.releaseUrlTemplate.isEmpty())
        r.fail(QStringLiteral("release_link"),
            tr("missing: give release_link or release_url_template"));
}
