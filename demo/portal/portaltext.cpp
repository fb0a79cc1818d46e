#include "portaltext.h"

#include <QStringList>

namespace {

const char *const chineseNames[]
    = { "张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴婷", "徐明",
          "孙丽", "马超", "朱琳", "胡斌", "郭佳", "何平", "高翔", "林晓", "罗军" };
const char *const pinyinNames[] = { "Zhang Wei", "Wang Fang", "Li Na", "Liu Yang", "Chen Jing",
    "Yang Lei", "Zhao Min", "Huang Qiang", "Zhou Jie", "Wu Ting", "Xu Ming", "Sun Li", "Ma Chao",
    "Zhu Lin", "Hu Bin", "Guo Jia", "He Ping", "Gao Xiang", "Lin Xiao", "Luo Jun" };
static_assert(std::size(chineseNames) == std::size(pinyinNames));

PortalText chinese()
{
    PortalText t;
    t.htmlLang = "zh-CN";
    t.siteTitle = "发布管理平台";
    t.listTitle = "待上线工单";
    t.loginTitle = "登录";
    t.resultTitle = "上线结果";
    t.columns = { "单号", "应用", "版本", "环境", "提交人", "依赖", "可并行", "状态", "操作" };
    t.statuses = { "待上线", "上线中", "已上线", "上线失败" };
    t.yes = "是";
    t.no = "否";
    t.none = "—";
    t.releaseAction = "上线";
    t.nextPage = "下一页";
    t.previousPage = "上一页";
    t.total = "共";
    t.summary = "本页合计";
    t.production = "生产";
    t.staging = "预发";
    t.nav = { "首页", "上线工单", "发布日历", "变更记录", "帮助" };
    t.searchPlaceholder = "搜索应用或单号";
    t.searchButton = "搜索";
    t.userLabel = "用户名";
    t.passwordLabel = "密码";
    t.loginButton = "登录";
    t.logout = "退出";
    t.welcome = "欢迎";
    t.badCredentials = "用户名或密码错误";
    t.badCsrf = "页面已过期，请重新登录";
    t.releaseOk = "上线成功";
    t.releaseDuplicate = "重复上线：该工单已上线";
    t.releaseInProgress = "重复上线：该工单正在上线中";
    t.releaseForbidden = "无效的上线令牌";
    t.releaseNotFound = "工单不存在";
    t.releaseDependency = "依赖工单尚未上线：";
    t.releaseServerError = "服务器内部错误";
    t.notFound = "页面不存在";
    t.searchClosed = "搜索服务维护中，请稍后再试";
    t.footer = "© 2026 基础架构部 · 发布管理平台 v2.3";
    t.failureReasons = { "部署失败：健康检查超时", "部署失败：镜像拉取失败",
        "部署失败：配置校验未通过", "部署失败：灰度实例启动失败", "部署失败：数据库迁移失败" };
    return t;
}

PortalText english()
{
    PortalText t;
    t.htmlLang = "en";
    t.siteTitle = "Release Portal";
    t.listTitle = "Pending release tickets";
    t.loginTitle = "Sign in";
    t.resultTitle = "Release result";
    t.columns = { "Ticket", "Application", "Version", "Environment", "Submitter", "Depends on",
        "Concurrent", "Status", "Action" };
    t.statuses = { "pending", "releasing", "released", "failed" };
    t.yes = "Yes";
    t.no = "No";
    t.none = "—";
    t.releaseAction = "Release";
    t.nextPage = "Next";
    t.previousPage = "Previous";
    t.total = "Total";
    t.summary = "This page";
    t.production = "prod";
    t.staging = "staging";
    t.nav = { "Home", "Release tickets", "Calendar", "Change log", "Help" };
    t.searchPlaceholder = "Search application or ticket";
    t.searchButton = "Search";
    t.userLabel = "User name";
    t.passwordLabel = "Password";
    t.loginButton = "Sign in";
    t.logout = "Sign out";
    t.welcome = "Welcome";
    t.badCredentials = "Wrong user name or password";
    t.badCsrf = "The page has expired, please sign in again";
    t.releaseOk = "Released";
    t.releaseDuplicate = "Duplicate release: the ticket is already released";
    t.releaseInProgress = "Duplicate release: the ticket is being released";
    t.releaseForbidden = "Invalid release token";
    t.releaseNotFound = "No such ticket";
    t.releaseDependency = "Dependency not released yet: ";
    t.releaseServerError = "Internal server error";
    t.notFound = "Page not found";
    t.searchClosed = "Search is under maintenance, please try again later";
    t.footer = "© 2026 Infrastructure · Release Portal v2.3";
    t.failureReasons = { "Deployment failed: health check timed out",
        "Deployment failed: image pull failed", "Deployment failed: configuration check failed",
        "Deployment failed: canary instance did not start",
        "Deployment failed: database migration failed" };
    return t;
}

} // namespace

const PortalText &PortalText::forLanguage(PortalLanguage language)
{
    static const PortalText zh = chinese();
    static const PortalText en = english();
    return language == PortalLanguage::English ? en : zh;
}

QString PortalText::submitterName(int index, PortalLanguage language)
{
    const int i = index % submitterCount();
    return QString::fromUtf8(
        language == PortalLanguage::English ? pinyinNames[i] : chineseNames[i]);
}

int PortalText::submitterCount()
{
    return int(std::size(chineseNames));
}
