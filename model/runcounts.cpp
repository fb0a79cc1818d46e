#include "runcounts.h"

#include <QCoreApplication>

void RunCounts::add(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Succeeded:
        ++released;
        break;
    case ReleaseState::Failed:
        ++failed;
        break;
    case ReleaseState::Unknown:
        ++unknown;
        break;
    case ReleaseState::Skipped:
        ++skipped;
        break;
    default:
        ++remaining;
        break;
    }
}

void RunCounts::remove(ReleaseState state)
{
    RunCounts one;
    one.add(state);
    released -= one.released;
    failed -= one.failed;
    unknown -= one.unknown;
    skipped -= one.skipped;
    remaining -= one.remaining;
}

RunCounts &RunCounts::operator+=(const RunCounts &other)
{
    released += other.released;
    failed += other.failed;
    unknown += other.unknown;
    skipped += other.skipped;
    remaining += other.remaining;
    return *this;
}

QString RunCounts::text() const
{
    return QCoreApplication::translate(
        "RunCounts", "%1 released · %2 failed · %3 unknown · %4 skipped · %5 remaining")
        .arg(released)
        .arg(failed)
        .arg(unknown)
        .arg(skipped)
        .arg(remaining);
}

QString RunCounts::releasedOfTotal() const
{
    return QCoreApplication::translate("RunCounts", "%1 / %2 released").arg(released).arg(total());
}
