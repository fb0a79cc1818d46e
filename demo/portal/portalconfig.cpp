#include "portalconfig.h"

#include "faultset.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject PortalConfig::toJson() const
{
    return QJsonObject {
        { u"tickets"_s, tickets },
        { u"seed"_s, qint64(seed) },
        { u"page_size"_s, pageSize },
        { u"latency_ms"_s, latencyMs },
        { u"release_latency_ms"_s, effectiveReleaseLatencyMs() },
        { u"jitter"_s, jitter },
        { u"fail_rate"_s, failRate },
        { u"max_in_flight"_s, maxInFlight },
        { u"retry_after_s"_s, retryAfterS },
        { u"ban_s"_s, banS },
        { u"session_max_requests"_s, sessionMaxRequests },
        { u"session_ttl_s"_s, sessionTtlS },
        { u"user"_s, user },
        { u"lang"_s, language == PortalLanguage::English ? u"en"_s : u"zh"_s },
        { u"faults"_s, QJsonArray::fromStringList(faults) },
        { u"flavor"_s, flavorName(flavor) },
        { u"release_link"_s, releaseLinkPendingOnly ? u"pending-only"_s : u"all"_s },
        { u"max_release_in_flight"_s, maxReleaseInFlight },
    };
}

namespace {

bool readInt(const QJsonValue &value, int *out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number != double(qint64(number)) || number < -1 || number > 100'000'000)
        return false;
    *out = int(number);
    return true;
}

} // namespace

QString PortalConfig::applyJson(const QJsonObject &object)
{
    PortalConfig next = *this;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        bool ok = true;
        if (key == "tickets"_L1)
            ok = readInt(value, &next.tickets);
        else if (key == "seed"_L1) {
            ok = value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= 4294967295.0;
            if (ok)
                next.seed = quint32(qint64(value.toDouble()));
        } else if (key == "page_size"_L1)
            ok = readInt(value, &next.pageSize);
        else if (key == "latency_ms"_L1)
            ok = readInt(value, &next.latencyMs);
        else if (key == "release_latency_ms"_L1)
            ok = readInt(value, &next.releaseLatencyMs);
        else if (key == "jitter"_L1) {
            ok = value.isDouble();
            next.jitter = value.toDouble();
        } else if (key == "fail_rate"_L1) {
            ok = value.isDouble();
            next.failRate = value.toDouble();
        } else if (key == "max_in_flight"_L1)
            ok = readInt(value, &next.maxInFlight);
        else if (key == "retry_after_s"_L1)
            ok = readInt(value, &next.retryAfterS);
        else if (key == "ban_s"_L1)
            ok = readInt(value, &next.banS);
        else if (key == "session_max_requests"_L1)
            ok = readInt(value, &next.sessionMaxRequests);
        else if (key == "session_ttl_s"_L1)
            ok = readInt(value, &next.sessionTtlS);
        else if (key == "user"_L1) {
            ok = value.isString();
            next.user = value.toString();
        } else if (key == "password"_L1) {
            ok = value.isString();
            next.password = value.toString();
        } else if (key == "lang"_L1) {
            ok = value.toString() == "zh"_L1 || value.toString() == "en"_L1;
            next.language
                = value.toString() == "en"_L1 ? PortalLanguage::English : PortalLanguage::Chinese;
        } else if (key == "faults"_L1) {
            ok = value.isArray();
            next.faults.clear();
            for (const QJsonValue &fault : value.toArray()) {
                ok = ok && fault.isString();
                next.faults.append(fault.toString());
            }
        } else if (key == "flavor"_L1) {
            ok = parseFlavor(value.toString(), &next.flavor);
        } else if (key == "release_link"_L1) {
            ok = value.toString() == "all"_L1 || value.toString() == "pending-only"_L1;
            next.releaseLinkPendingOnly = value.toString() == "pending-only"_L1;
        } else if (key == "max_release_in_flight"_L1) {
            ok = readInt(value, &next.maxReleaseInFlight);
        } else {
            return u"unknown setting \"%1\""_s.arg(key);
        }
        if (!ok)
            return u"bad value for \"%1\""_s.arg(key);
    }
    const QString error = next.validate();
    if (!error.isEmpty())
        return error;
    *this = next;
    return {};
}

QString PortalConfig::validate() const
{
    if (tickets < 0 || tickets > 1'000'000)
        return u"tickets must be 0..1000000"_s;
    if (pageSize < 1 || pageSize > 100'000)
        return u"page_size must be 1..100000"_s;
    if (latencyMs < 0 || releaseLatencyMs < -1)
        return u"latencies must not be negative"_s;
    if (jitter < 0 || jitter > 1)
        return u"jitter must be 0..1"_s;
    if (failRate < 0 || failRate > 1)
        return u"fail_rate must be 0..1"_s;
    if (maxInFlight < 0 || retryAfterS < 0 || banS < 0 || sessionMaxRequests < 0 || sessionTtlS < 0
        || maxReleaseInFlight < 0)
        return u"limits must not be negative"_s;
    if (user.isEmpty())
        return u"user must not be empty"_s;
    FaultSet check;
    return check.setSpecs(faults);
}

QString PortalConfig::flavorName(PortalFlavor flavor)
{
    switch (flavor) {
    case PortalFlavor::Spa:
        return u"spa"_s;
    case PortalFlavor::Legacy:
        return u"legacy"_s;
    case PortalFlavor::Classic:
        break;
    }
    return u"classic"_s;
}

bool PortalConfig::parseFlavor(const QString &name, PortalFlavor *flavor)
{
    for (PortalFlavor candidate :
        { PortalFlavor::Classic, PortalFlavor::Spa, PortalFlavor::Legacy }) {
        if (name == flavorName(candidate)) {
            *flavor = candidate;
            return true;
        }
    }
    return false;
}
