#include "legacyrenderer.h"

#include "gbkcodec.h"

using namespace Qt::StringLiterals;

namespace {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(qint64 value)
{
    return QString::number(value);
}

const char16_t *const fillers[]
    = { u"", u"常规变更", u"周四晚发布窗口", u"已通知业务方", u"灰度发布" };

} // namespace

QString LegacyRenderer::statusWord(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Releasing:
        return u"上线中"_s;
    case TicketStatus::Released:
        return u"已上线"_s;
    case TicketStatus::Failed:
        return u"上线失败"_s;
    case TicketStatus::Pending:
        break;
    }
    return u"待上线"_s;
}

QString LegacyRenderer::remarks(const DemoTicket &ticket)
{
    QStringList parts;
    if (!ticket.dependsOn.isEmpty()) {
        QStringList ids;
        for (int id : ticket.dependsOn)
            ids.append(number(id));
        parts.append(u"依赖: "_s + ids.join(u", "_s));
    }
    if (!ticket.concurrent)
        parts.append(u"独占发布"_s);
    const QString filler = QString::fromUtf16(fillers[ticket.id % std::size(fillers)]);
    if (!filler.isEmpty())
        parts.append(filler);
    return parts.join(u"；"_s);
}

void LegacyRenderer::rebuild(const QList<DemoTicket> &tickets)
{
    m_heads.clear();
    m_tails.clear();
    m_tailsWithoutLink.clear();
    m_heads.reserve(tickets.size());
    m_tails.reserve(tickets.size());
    m_tailsWithoutLink.reserve(tickets.size());
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const DemoTicket &ticket = tickets[i];
        const QString rowClass = i % 2 ? u"listRow2"_s : u"listRow1"_s;
        m_heads.append(GbkCodec::encode(u"<tr class=\""_s + rowClass
            + u"\" onmouseover=\"this.className='listRowOver'\" onmouseout=\"this.className='"_s
            + rowClass + u"'\">\n  <td align=\"center\">"_s + number(ticket.id) + u"</td>\n  <td>"_s
            + escape(ticket.application) + u"</td>\n  <td>"_s + escape(ticket.version)
            + u"</td>\n  <td>"_s + escape(ticket.environment) + u"</td>\n  <td>"_s
            + escape(ticket.submitter) + u"</td>\n  "_s));
        const QByteArray remarksCell
            = GbkCodec::encode(u"\n  <td>"_s + escape(remarks(ticket)) + u"</td>\n  "_s);
        m_tails.append(remarksCell
            + GbkCodec::encode(u"<td align=\"center\"><a href=\"confirm.do?id="_s
                + number(ticket.id) + u"\">上线</a></td>\n</tr>\n"_s));
        m_tailsWithoutLink.append(remarksCell + "<td align=\"center\">&nbsp;</td>\n</tr>\n");
    }
    m_chromeTop.clear();
    m_statusCells.clear();
    for (int status = 0; status < 4; ++status) {
        m_statusCells.append(GbkCodec::encode(u"<td align=\"center\"><img src=\"images/status_"_s
            + number(status) + u".gif\" alt=\""_s + statusWord(TicketStatus(status))
            + u"\" width=\"16\" height=\"16\" border=\"0\"></td>"_s));
    }
}

QByteArray LegacyRenderer::page(
    const QString &title, const QString &user, const QString &content) const
{
    QString out = u"<html>\n<head>\n"
                  "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">\n"
                  "<title>"_s
        + title
        + u" - 投产管理系统</title>\n<link href=\"css/style.css\" rel=\"stylesheet\" "
          "type=\"text/css\">\n<script language=\"javascript\" src=\"js/common.js\"></script>\n"
          "</head>\n<body leftmargin=\"0\" topmargin=\"0\">\n"
          "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" class=\"top\">\n"
          "<tr><td class=\"logo\">投产管理系统 V3.2</td><td align=\"right\">"_s;
    if (!user.isEmpty())
        out += u"当前用户：" + escape(user) + u" | <a href=\"logout.do\">退出</a>"_s;
    out += u"</td></tr>\n</table>\n<table width=\"100%\" border=\"0\" cellspacing=\"0\" "
           "cellpadding=\"4\">\n<tr>\n<td width=\"160\" valign=\"top\" class=\"menu\">\n"
           "<a href=\"list.do\">投产工单</a><br>\n<a href=\"calendar.do\">投产日历</a><br>\n"
           "<a href=\"help.jsp\">使用说明</a>\n</td>\n<td valign=\"top\">\n"_s
        + content
        + u"</td>\n</tr>\n</table>\n<div class=\"footer\">Copyright &copy; 2014-2026 "
          "信息技术部 版权所有</div>\n</body>\n</html>\n"_s;
    return GbkCodec::encode(out);
}

QByteArray LegacyRenderer::loginPage(const QString &error) const
{
    QString content;
    if (!error.isEmpty())
        content += u"<font color=\"red\" class=\"errorMsg\">"_s + escape(error) + u"</font>\n"_s;
    content += u"<form name=\"loginForm\" method=\"post\" action=\"j_security_check\">\n"
               "<table class=\"loginTable\" border=\"0\" cellpadding=\"3\">\n"
               "<tr><td>用户名：</td><td><input type=\"text\" name=\"j_username\" size=\"20\">"
               "</td></tr>\n<tr><td>密　码：</td><td><input type=\"password\" "
               "name=\"j_password\" size=\"20\"></td></tr>\n<tr><td colspan=\"2\">"
               "<input type=\"submit\" value=\"登 录\" class=\"btn\"></td></tr>\n</table>\n"
               "</form>\n"_s;
    return page(u"用户登录"_s, {}, content);
}

QByteArray LegacyRenderer::listPage(const QList<DemoTicket> &tickets, int start, int pageSize,
    const QString &user, bool pendingOnly) const
{
    const int total = int(tickets.size());
    const int pages = qMax(1, (total + pageSize - 1) / pageSize);
    const int current = start / pageSize + 1;
    const int first = qMin(start, total);
    const int last = qMin(total, first + pageSize);

    // The rows were encoded by rebuild(), the chrome around the content once per user; only
    // the header and the pager are encoded here.
    if (m_chromeTop.isEmpty() || m_chromeUser != user) {
        const QByteArray whole = page(u"投产工单"_s, user, u"\x01"_s);
        const qsizetype hole = whole.indexOf('\x01');
        m_chromeTop = whole.left(hole);
        m_chromeBottom = whole.mid(hole + 1);
        m_chromeUser = user;
    }
    QByteArray out;
    out.reserve(m_chromeTop.size() + m_chromeBottom.size() + 2048 + (last - first) * 700);
    out += m_chromeTop;
    out += GbkCodec::encode(u"<form name=\"pageForm\" method=\"get\" action=\"list.do\">"
                            "<input type=\"hidden\" name=\"start\" value=\""_s
        + number(first)
        + u"\"></form>\n<script language=\"javascript\">\nfunction goPage(n) {\n"
          "  document.pageForm.start.value = (n - 1) * "_s
        + number(pageSize)
        + u";\n  document.pageForm.submit();\n}\n</script>\n"
          "<table width=\"100%\" border=\"0\" cellpadding=\"2\" cellspacing=\"1\" "
          "class=\"listTable\" id=\"dataTable\">\n<tr class=\"listHeader\"><td>工单编号</td>"
          "<td>应用名称</td><td>版本号</td><td>环境</td><td>申请人</td><td>状态</td>"
          "<td>备注</td><td>操作</td></tr>\n"_s);
    for (int i = first; i < last; ++i) {
        const TicketStatus status = tickets[i].status;
        out += m_heads[i];
        out += m_statusCells[int(status)];
        out += pendingOnly && status != TicketStatus::Pending ? m_tailsWithoutLink[i] : m_tails[i];
    }
    QString pager;
    if (first == last)
        pager += u"<tr><td colspan=\"8\" align=\"center\">没有符合条件的记录</td></tr>\n"_s;
    pager += u"</table>\n<table width=\"100%\" class=\"pageBar\"><tr><td>共 "_s + number(total)
        + u" 条记录，每页 "_s + number(pageSize) + u" 条，第 "_s + number(current) + u'/'
        + number(pages) + u" 页</td>\n<td align=\"right\">"_s;
    auto link = [](int target, const QString &label) -> QString {
        return u"<a href=\"javascript:goPage("_s + number(target) + u")\">"_s + label + u"</a> "_s;
    };
    if (current > 1)
        pager += link(1, u"首页"_s) + link(current - 1, u"上一页"_s);
    for (int n = qMax(1, current - 2); n <= qMin(pages, current + 2); ++n)
        pager += n == current ? QString(u"<b>"_s + number(n) + u"</b> "_s) : link(n, number(n));
    if (current < pages)
        pager += link(current + 1, u"下一页"_s) + link(pages, u"尾页"_s);
    pager += u"</td></tr></table>\n"_s;
    out += GbkCodec::encode(pager);
    out += m_chromeBottom;
    return out;
}

QByteArray LegacyRenderer::confirmPage(
    const DemoTicket &ticket, const QByteArray &confirmToken, const QString &user) const
{
    QString content = u"<table class=\"detailTable\" border=\"0\" cellpadding=\"3\">\n"
                      "<tr><td>工单编号：</td><td>"_s
        + number(ticket.id) + u"</td></tr>\n<tr><td>应用名称：</td><td>"_s
        + escape(ticket.application) + u"</td></tr>\n<tr><td>版本号：</td><td>"_s
        + escape(ticket.version) + u"</td></tr>\n<tr><td>环境：</td><td>"_s
        + escape(ticket.environment) + u"</td></tr>\n<tr><td>当前状态：</td><td>"_s
        + statusWord(ticket.status) + u"</td></tr>\n</table>\n"_s;
    if (confirmToken.isEmpty()) {
        content += u"<font color=\"red\" class=\"errorMsg\">该工单当前状态不允许上线</font>\n"_s;
    } else {
        content += u"<form name=\"confirmForm\" method=\"post\" action=\"release.do\">\n"
                   "<input type=\"hidden\" name=\"id\" value=\""_s
            + number(ticket.id) + u"\">\n<input type=\"hidden\" name=\"confirmToken\" value=\""_s
            + QString::fromLatin1(confirmToken)
            + u"\">\n<input type=\"submit\" value=\"确认上线\" class=\"btn\"> "
              "<input type=\"button\" value=\"返回\" class=\"btn\" onclick=\"history.back()\">\n"
              "</form>\n"_s;
    }
    return page(u"上线确认"_s, user, content);
}

QByteArray LegacyRenderer::resultPage(
    bool success, const QString &message, const QString &user) const
{
    return page(u"上线结果"_s, user,
        u"<table class=\"msgTable\"><tr><td class=\""_s
            + (success ? u"msgSuccess"_s : u"msgError"_s) + u"\">"_s + escape(message)
            + u"</td></tr></table>\n<a href=\"list.do\">返回列表</a>\n"_s);
}

QByteArray LegacyRenderer::errorPage(int status, const QString &message) const
{
    return GbkCodec::encode(u"<html><head><meta http-equiv=\"Content-Type\" "
                            "content=\"text/html; charset=GBK\"><title>HTTP Status "_s
        + number(status) + u"</title></head><body><h1>HTTP Status "_s + number(status)
        + u"</h1><p>"_s + escape(message)
        + u"</p><hr><h3>Apache Tomcat/7.0.54</h3></body>"
          "</html>\n"_s);
}

QByteArray LegacyRenderer::garbagePage() const
{
    return page(u"投产工单"_s, {}, u"\x01"_s).left(700) + "<table class=\"listT";
}
