// Fuzz target: a release answer (status line, headers, body) judged by the profiles' release
// rules (FuzzSupport::profilesFor). Input layout, so that seeds are readable answers: the first
// line is "STATUS [ERROR] [written]", header lines follow up to an empty line, the rest is the
// body.
#include "fuzzsupport.h"

#include "release/releaseverdict.h"

namespace {

CurlResult parseAnswer(const QByteArray &input)
{
    CurlResult answer;
    qsizetype at = 0;
    auto nextLine = [&](QByteArray *line) {
        if (at >= input.size())
            return false;
        qsizetype end = input.indexOf('\n', at);
        if (end < 0)
            end = input.size();
        *line = input.mid(at, end - at);
        if (line->endsWith('\r'))
            line->chop(1);
        at = end + 1;
        return true;
    };
    QByteArray line;
    if (nextLine(&line)) {
        const QList<QByteArray> words = line.split(' ');
        answer.status = words.value(0).toInt();
        const int error = words.value(1).toInt();
        if (error > 0 && error <= int(CurlResult::Error::Other))
            answer.error = CurlResult::Error(error);
        answer.requestWritten = words.value(2) != "unsent";
    }
    while (nextLine(&line) && !line.isEmpty()) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            answer.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    answer.body = input.mid(qMin(at, input.size()));
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQt();
    const QByteArray input = FuzzSupport::bytes(data, size);
    const CurlResult answer = parseAnswer(input);
    for (const qsizetype index : FuzzSupport::profilesFor(input)) {
        const FuzzSupport::NamedProfile &named = FuzzSupport::profiles().at(index);
        const ReleaseResult result = judgeRelease(named.profile, answer);
        // The at-most-once table: no answer is never a success, and NotSent only when nothing
        // left this machine.
        if (answer.error != CurlResult::Error::None || answer.status == 0)
            FuzzSupport::require(result.outcome == ReleaseOutcome::NotSent
                    || result.outcome == ReleaseOutcome::Unknown,
                "no answer is NotSent or Unknown");
        if (answer.requestWritten)
            FuzzSupport::require(
                result.outcome != ReleaseOutcome::NotSent, "a written request is never NotSent");
        FuzzSupport::require(!result.message.isEmpty(), "every verdict has words");
        (void)releaseMessage(named.profile, QString::fromUtf8(answer.body), named.profile.baseUrl);
    }
    return 0;
}
