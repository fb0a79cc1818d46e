#include "profile/settingssection.h"

#include "profile/objectreader.h"
#include "profile/siteprofile.h"

void SettingsSection::readTls(ObjectReader &top, SiteProfile &profile)
{
    const auto object = top.object(QStringLiteral("tls"));
    if (!object)
        return;
    ObjectReader r(*object, QStringLiteral("tls"), top.problems());
    r.boolean(QStringLiteral("verify"), profile.tls.verify);
    r.string(QStringLiteral("ca_file"), profile.tls.caFile);
}

void SettingsSection::readPlanning(ObjectReader &top, SiteProfile &profile)
{
    const auto object = top.object(QStringLiteral("planning"));
    if (!object)
        return;
    PlanningHints &planning = profile.planning;
    ObjectReader r(*object, QStringLiteral("planning"), top.problems());
    r.string(QStringLiteral("conflict_key"), planning.conflictKey, false, false);
    r.string(QStringLiteral("dependencies_field"), planning.dependenciesField);
    r.string(QStringLiteral("non_concurrent_field"), planning.nonConcurrentField);
    r.string(QStringLiteral("non_concurrent_value"), planning.nonConcurrentValue, false, false);
    r.strings(QStringLiteral("production_environments"), planning.productionEnvironments);
}

void SettingsSection::readPoliteness(ObjectReader &top, SiteProfile &profile)
{
    const auto object = top.object(QStringLiteral("politeness"));
    if (!object)
        return;
    SiteProfile::Politeness &p = profile.politeness;
    ObjectReader r(*object, QStringLiteral("politeness"), top.problems());
    r.integer(QStringLiteral("concurrency"), p.concurrency, 1, 256);
    r.integer(QStringLiteral("min_interval_ms"), p.minIntervalMs, 0, 600000);
    r.integer(QStringLiteral("timeout_ms"), p.timeoutMs, 100, 3600000);
    r.integer(QStringLiteral("release_timeout_ms"), p.releaseTimeoutMs, 100, 3600000);
    r.integer(
        QStringLiteral("max_page_bytes"), p.maxPageBytes, 1024, qint64(4) * 1024 * 1024 * 1024);
    r.integer(QStringLiteral("page_retries"), p.pageRetries, 0, 20);
}
