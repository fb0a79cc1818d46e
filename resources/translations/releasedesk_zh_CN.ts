<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApprovalDialog</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Approve release</source>
        <translation>审批上线</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审批通过(&amp;A)</translation>
    </message>
    <message>
        <source>Tickets:</source>
        <translation>上线单：</translation>
    </message>
    <message numerus="yes">
        <source>Release %n ticket(s)</source>
        <translation>
            <numerusform>上线 %n 个上线单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n batch(es): </source>
        <translation>
            <numerusform>共 %n 个批次：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parallel</source>
        <translation>
            <numerusform>并行 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serial</source>
        <translation>
            <numerusform>串行 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation>应用：%1</translation>
    </message>
    <message>
        <source>Environments: %1</source>
        <translation>环境：%1</translation>
    </message>
    <message>
        <source>The requests are sent to the portal as soon as the run is started. Nothing can be taken back once the portal has released it.</source>
        <translation>开始上线后，请求会立即发送到上线平台。平台一旦完成上线，便无法撤回。</translation>
    </message>
    <message numerus="yes">
        <source>PRODUCTION: %n batch(es) release to production: %1</source>
        <translation>
            <numerusform>生产环境：%n 个批次将上线到生产：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>I &amp;confirm that these tickets go out to production now</source>
        <translation>我确认这些上线单现在上线到生产环境(&amp;C)</translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation>批次：%1</translation>
    </message>
</context>
<context>
    <name>Charset</name>
    <message>
        <source>the HTTP Content-Type header</source>
        <translation>HTTP Content-Type 头</translation>
    </message>
    <message>
        <source>the page&apos;s &lt;meta&gt; charset</source>
        <translation>页面的 &lt;meta&gt; charset</translation>
    </message>
    <message>
        <source>the byte order mark</source>
        <translation>字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>the bytes (valid UTF-8)</source>
        <translation>字节内容（有效的 UTF-8）</translation>
    </message>
    <message>
        <source>the profile&apos;s encoding</source>
        <translation>站点配置中的编码</translation>
    </message>
    <message>
        <source>the default (nothing declared)</source>
        <translation>默认值（未声明）</translation>
    </message>
</context>
<context>
    <name>CurlTransfer</name>
    <message>
        <source>libcurl could not create a handle</source>
        <translation>libcurl 无法创建句柄</translation>
    </message>
</context>
<context>
    <name>FailurePolicy</name>
    <message>
        <source>stop at the first failed or unknown ticket: no new request goes out, the ones in flight finish, the rest is skipped</source>
        <translation>在第一个失败或未知的上线单处停止：不再发出新请求，进行中的请求完成，其余跳过</translation>
    </message>
    <message>
        <source>finish the batch in which a ticket failed or became unknown, then stop: no later batch starts</source>
        <translation>完成出现失败或未知上线单的那个批次后停止：不再开始后续批次</translation>
    </message>
    <message>
        <source>go on with every approved batch; only the tickets that depend on a failed or unknown one are held back</source>
        <translation>继续执行所有已审批的批次；只暂缓依赖于失败或未知上线单的上线单</translation>
    </message>
    <message>
        <source>stop at the first failure</source>
        <translation>首个失败即停止</translation>
    </message>
    <message>
        <source>finish the batch, then stop</source>
        <translation>完成本批次后停止</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>FieldRuleReader</name>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be an object (or a header text / JSON path)</source>
        <translation>必须是对象（或表头文字 / JSON 路径）</translation>
    </message>
    <message>
        <source>needs one of header, xpath or path</source>
        <translation>需要 header、xpath 或 path 之一</translation>
    </message>
    <message>
        <source>give only one of header, xpath or path</source>
        <translation>header、xpath、path 只能给出一个</translation>
    </message>
    <message>
        <source>a JSON list needs path</source>
        <translation>JSON 列表需要 path</translation>
    </message>
    <message>
        <source>path is for JSON lists; an HTML list needs header or xpath</source>
        <translation>path 用于 JSON 列表；HTML 列表需要 header 或 xpath</translation>
    </message>
    <message>
        <source>give regex (a value) or marker (true when it matches), not both</source>
        <translation>regex（取值）和 marker（匹配时为真）只能给出一个</translation>
    </message>
    <message>
        <source>must map at least one value</source>
        <translation>必须至少映射一个值</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Failure policy</source>
        <translation>失败策略</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>上线单</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Release history</source>
        <translation>上线历史</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Export &amp;HTML report…</source>
        <translation>导出 HTML 报告(&amp;H)…</translation>
    </message>
    <message>
        <source>unknown (interrupted)</source>
        <translation>未知（已中断）</translation>
    </message>
    <message>
        <source>Unknown export format %1.</source>
        <translation>未知的导出格式 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export run %1</source>
        <translation>导出运行 %1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Release history — %1</source>
        <translation>上线历史 — %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已上线</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>全部运行</translation>
    </message>
    <message>
        <source>With failures</source>
        <translation>有失败的</translation>
    </message>
    <message>
        <source>With unknown outcomes</source>
        <translation>有结果未知的</translation>
    </message>
    <message>
        <source>With skipped tickets</source>
        <translation>有跳过的</translation>
    </message>
    <message>
        <source>Everything released</source>
        <translation>全部已上线</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>应用(&amp;P)：</translation>
    </message>
    <message>
        <source>Open &amp;timeline</source>
        <translation>打开时间线(&amp;T)</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>全部应用</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>ReleaseDesk run %1</source>
        <translation>ReleaseDesk 运行 %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>站点配置</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>上线平台</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Failure policy</source>
        <translation>失败策略</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>上线单</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>上线单</translation>
    </message>
    <message>
        <source>application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>intent at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>finished at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>message</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>about to be sent</source>
        <translation>即将发送</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>已发送，尚无应答</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>turned away (session expired)</source>
        <translation>被拒（会话已过期）</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>re-sent by hand</source>
        <translation>手动重新发送</translation>
    </message>
</context>
<context>
    <name>HtmlDocument</name>
    <message>
        <source>invalid expression</source>
        <translation>无效的表达式</translation>
    </message>
    <message>
        <source>XPath &quot;%1&quot; does not select nodes</source>
        <translation>XPath &quot;%1&quot; 未选中任何节点</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <source>missing (an object is required)</source>
        <translation>缺失（必须是对象）</translation>
    </message>
    <message>
        <source>must be &quot;html&quot; or &quot;json&quot;, not &quot;%1&quot;</source>
        <translation>必须是 &quot;html&quot; 或 &quot;json&quot;，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a usable field name</source>
        <translation>不是可用的字段名</translation>
    </message>
    <message>
        <source>missing (an object mapping ticket fields to columns is required)</source>
        <translation>缺失（必须是把上线单字段映射到列的对象）</translation>
    </message>
    <message>
        <source>missing: every ticket needs an id</source>
        <translation>缺失：每个上线单都需要 id</translation>
    </message>
    <message>
        <source>missing: give release_link or release_url_template</source>
        <translation>缺失：请给出 release_link 或 release_url_template</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also in %2</source>
        <translation>&quot;%1&quot; 也出现在 %2 中</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source>Connect to a release portal</source>
        <translation>连接上线平台</translation>
    </message>
    <message>
        <source>as the profile says</source>
        <translation>按站点配置</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>站点配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>此版本不支持钥匙串</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>%1 (installed)</source>
        <translation>%1（已安装）</translation>
    </message>
    <message>
        <source>Open profile file…</source>
        <translation>打开站点配置文件…</translation>
    </message>
    <message>
        <source>Open site profile</source>
        <translation>打开站点配置</translation>
    </message>
    <message>
        <source>Site profiles (*.json)</source>
        <translation>站点配置 (*.json)</translation>
    </message>
    <message>
        <source>No system keychain answered (%1); the password will not be remembered.</source>
        <translation>系统钥匙串无响应（%1）；不会记住密码。</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password will not be remembered.</source>
        <translation>没有可用的系统钥匙串，因此不会记住密码。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>C&amp;heck profile</source>
        <translation>检查站点配置(&amp;H)</translation>
    </message>
    <message>
        <source>Walk the profile against the portal without releasing anything</source>
        <translation>对照上线平台逐项检查站点配置，不执行任何上线</translation>
    </message>
</context>
<context>
    <name>LoginFormExtractor</name>
    <message>
        <source>no form matches login.form_xpath &quot;%1&quot;</source>
        <translation>没有表单匹配 login.form_xpath &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no form on the page holds the fields %1</source>
        <translation>页面上没有包含字段 %1 的表单</translation>
    </message>
    <message>
        <source>the login page is empty or not HTML</source>
        <translation>登录页为空或不是 HTML</translation>
    </message>
</context>
<context>
    <name>LoginJob</name>
    <message>
        <source>the portal session was closed</source>
        <translation>平台会话已关闭</translation>
    </message>
    <message>
        <source>logging in was cancelled</source>
        <translation>登录已取消</translation>
    </message>
    <message>
        <source>the login page %1 answered HTTP %2</source>
        <translation>登录页 %1 返回 HTTP %2</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1（在 %2）</translation>
    </message>
    <message>
        <source>no redirect to &quot;%1&quot;</source>
        <translation>没有跳转到 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no cookie &quot;%1&quot;</source>
        <translation>没有 Cookie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no text &quot;%1&quot;</source>
        <translation>没有文字 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the portal says: %1</source>
        <translation>平台提示：%1</translation>
    </message>
    <message>
        <source>the portal answered HTTP %1</source>
        <translation>平台返回 HTTP %1</translation>
    </message>
    <message>
        <source>the user name or password was not accepted (%1)</source>
        <translation>用户名或密码未被接受（%1）</translation>
    </message>
    <message>
        <source>form_charset in the profile</source>
        <translation>站点配置中的 form_charset</translation>
    </message>
    <message>
        <source>the form&apos;s accept-charset</source>
        <translation>表单的 accept-charset</translation>
    </message>
    <message>
        <source>the login page declares charset=%1</source>
        <translation>登录页声明 charset=%1</translation>
    </message>
    <message>
        <source>the login page declares no charset: %1 by %2</source>
        <translation>登录页未声明字符集：由%2判定为 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>JSON %1 = %2</source>
        <translation>JSON %1 = %2</translation>
    </message>
    <message>
        <source>cookie %1</source>
        <translation>Cookie %1</translation>
    </message>
    <message>
        <source>the login API answered without the success the profile expects (%1)</source>
        <translation>登录接口的返回不是站点配置所要求的成功结果（%1）</translation>
    </message>
    <message>
        <source>the login API answered HTTP %1</source>
        <translation>登录接口返回 HTTP %1</translation>
    </message>
    <message>
        <source>redirect to &quot;%1&quot;</source>
        <translation>跳转到 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cookie &quot;%1&quot;</source>
        <translation>Cookie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>text &quot;%1&quot;</source>
        <translation>文字 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>{%1}: reading %2: %3</source>
        <translation>{%1}：读取 %2 时：%3</translation>
    </message>
    <message>
        <source>{%1}: %2 answered HTTP %3</source>
        <translation>{%1}：%2 返回 HTTP %3</translation>
    </message>
    <message>
        <source>logged in, but a captured value is missing: %1</source>
        <translation>已登录，但缺少一个捕获值：%1</translation>
    </message>
    <message>
        <source>{%1} = %2  (%3)</source>
        <translation>{%1} = %2  （%3）</translation>
    </message>
</context>
<context>
    <name>LoginSection</name>
    <message>
        <source>missing (an object is required)</source>
        <translation>缺失（必须是对象）</translation>
    </message>
    <message>
        <source>missing: say how a successful login looks (redirect_contains, cookie or text)</source>
        <translation>缺失：请说明登录成功的样子（redirect_contains、cookie 或 text）</translation>
    </message>
    <message>
        <source>missing: say how an expired session looks (redirect_contains, status_codes or text)</source>
        <translation>缺失：请说明会话过期的样子（redirect_contains、status_codes 或 text）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ReleaseDesk</source>
        <translation>ReleaseDesk 上线台</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Password remembered in the system keychain.</source>
        <translation>密码已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The password was not remembered: no system keychain answered (%1).</source>
        <translation>未记住密码：系统钥匙串无响应（%1）。</translation>
    </message>
    <message>
        <source>Not connected. Choose Connect… to log in to a release portal.</source>
        <translation>未连接。请选择“连接…”登录上线平台。</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Approve &amp;batch…</source>
        <translation>审批批次(&amp;B)…</translation>
    </message>
    <message>
        <source>Approve &amp;all remaining…</source>
        <translation>审批全部剩余批次(&amp;A)…</translation>
    </message>
    <message>
        <source>Read the selected (or all unknown) tickets&apos; status on the portal</source>
        <translation>到平台读取所选（或全部未知）上线单的状态</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>上线单(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>上线(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>ReleaseDesk — %1</source>
        <translation>ReleaseDesk 上线台 — %1</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>已以 %1 身份连接。</translation>
    </message>
    <message>
        <source>Reading the ticket list…</source>
        <translation>正在读取上线单列表…</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>正在上线…</translation>
    </message>
    <message>
        <source>Paused: requests in flight finish, no new ones start.</source>
        <translation>已暂停：进行中的请求会完成，不再发起新请求。</translation>
    </message>
    <message>
        <source>Nothing left to approve.</source>
        <translation>没有需要审批的批次了。</translation>
    </message>
    <message>
        <source>No ticket is selected and no outcome is unknown.</source>
        <translation>未选择上线单，也没有结果未知的上线单。</translation>
    </message>
    <message>
        <source>Settings saved. Limits apply from the next connection; the language from the next start.</source>
        <translation>设置已保存。并发限制从下次连接起生效；语言在下次启动后生效。</translation>
    </message>
    <message>
        <source>Release finished</source>
        <translation>上线结束</translation>
    </message>
    <message>
        <source>A release is running: pause or cancel it before quitting.</source>
        <translation>上线正在进行：请先暂停或取消再退出。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>A release failed</source>
        <translation>有上线失败</translation>
    </message>
    <message>
        <source>A release outcome is unknown</source>
        <translation>有上线结果未知</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n ticket(s); approve them to send.</source>
        <translation>
            <numerusform>已计划 %n 个上线单；审批后才会发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n ticket(s); %1 left out (see the log).</source>
        <translation>
            <numerusform>已计划 %n 个上线单；%1 个未纳入（见日志）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Team chat told (%1).</source>
        <translation>已通知团队群（%1）。</translation>
    </message>
    <message>
        <source>The team chat message was not delivered: %1</source>
        <translation>团队群消息未送达：%1</translation>
    </message>
    <message>
        <source>Rea&amp;d tickets</source>
        <translation>读取上线单(&amp;D)</translation>
    </message>
    <message>
        <source>Stop readin&amp;g</source>
        <translation>停止读取(&amp;G)</translation>
    </message>
    <message>
        <source>Plan a&amp;gain</source>
        <translation>重新计划(&amp;G)</translation>
    </message>
    <message>
        <source>Start re&amp;lease</source>
        <translation>开始上线(&amp;L)</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>暂停(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel ru&amp;n</source>
        <translation>取消运行(&amp;N)</translation>
    </message>
    <message>
        <source>Chec&amp;k on portal</source>
        <translation>到平台核实(&amp;K)</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>历史(&amp;I)…</translation>
    </message>
    <message>
        <source>Only unkno&amp;wn outcomes</source>
        <translation>只看结果未知(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation>关于 ReleaseDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Follow the run</source>
        <translation>跟随运行(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Main toolbar</source>
        <translation>主工具栏(&amp;M)</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>继续(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel the run?</source>
        <translation>取消这次运行？</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) not yet sent will be skipped. Requests in flight finish; nothing is taken back.</source>
        <translation>
            <numerusform>尚未发送的 %n 个上线单将被跳过。进行中的请求会完成；已上线的无法撤回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About ReleaseDesk</source>
        <translation>关于 ReleaseDesk</translation>
    </message>
    <message>
        <source>ReleaseDesk %1

Plans, approves and runs releases on a web release portal, and keeps a history of every request.

Built with Qt %2.</source>
        <translation>ReleaseDesk %1

在网页上线平台上计划、审批并执行上线，并记录每个请求的历史。

基于 Qt %2 构建。</translation>
    </message>
</context>
<context>
    <name>NetworkPool</name>
    <message>
        <source>%1 is not on the portal&apos;s site %2</source>
        <translation>%1 不在上线平台的站点 %2 上</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes (politeness.max_page_bytes)</source>
        <translation>%1 大于 %2 字节（politeness.max_page_bytes）</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation>%1：%2 毫秒内无应答</translation>
    </message>
    <message>
        <source>%1 redirected to %2, outside the portal&apos;s site</source>
        <translation>%1 跳转到了 %2，超出上线平台的站点</translation>
    </message>
    <message>
        <source>%1: more than %2 redirects</source>
        <translation>%1：跳转超过 %2 次</translation>
    </message>
</context>
<context>
    <name>ObjectReader</name>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>missing (a non-empty string is required)</source>
        <translation>缺失（必须是非空字符串）</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>必须是字符串列表</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a list of HTTP status codes</source>
        <translation>必须是 HTTP 状态码列表</translation>
    </message>
    <message>
        <source>must be an HTTP status code (100-599)</source>
        <translation>必须是 HTTP 状态码（100-599）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
</context>
<context>
    <name>PageRead</name>
    <message>
        <source>the read was cancelled</source>
        <translation>读取已取消</translation>
    </message>
    <message>
        <source>the portal session was closed</source>
        <translation>平台会话已关闭</translation>
    </message>
    <message>
        <source>%1 (while reading %2)</source>
        <translation>%1（读取 %2 时）</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回 HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 found the session expired %n time(s) although other pages were read in between</source>
        <translation>
            <numerusform>%1 发现会话已过期 %n 次，而其间其他页面均读取正常</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1（共尝试 %n 次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered HTTP %2 %n time(s)</source>
        <translation>
            <numerusform>%1 返回 HTTP %2 共 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered HTTP %2 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 返回 HTTP %2（共尝试 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagingSection</name>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must contain {page}</source>
        <translation>必须包含 {page}</translation>
    </message>
    <message>
        <source>missing: page_count and total need a page_template to build page URLs</source>
        <translation>缺失：page_count 和 total 需要 page_template 来生成页面地址</translation>
    </message>
    <message>
        <source>give next or next_xpath, not both</source>
        <translation>next 和 next_xpath 只能给出一个</translation>
    </message>
    <message>
        <source>the next link is found by xpath, not by header</source>
        <translation>下一页链接通过 xpath 查找，而不是 header</translation>
    </message>
    <message>
        <source>needs next (or next_text) to give its value</source>
        <translation>需要 next（或 next_text）来提供取值</translation>
    </message>
    <message>
        <source>must contain {page}, {offset} or {start}</source>
        <translation>必须包含 {page}、{offset} 或 {start}</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>This build has no keychain support.</source>
        <translation>此版本不支持钥匙串。</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>parallel</source>
        <translation>并行</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>串行</translation>
    </message>
    <message>
        <source>Batch %1 · %2 · 1 ticket</source>
        <translation>批次 %1 · %2 · 1 个上线单</translation>
    </message>
    <message>
        <source>Batch %1 · %2 · %3 tickets</source>
        <translation>批次 %1 · %2 · %3 个上线单</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>已由 %1 审批</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>未审批</translation>
    </message>
    <message>
        <source>Batch / ticket</source>
        <translation>批次 / 上线单</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>running, some failed</source>
        <translation>进行中，有失败</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>%1 / %2 released, %3 not</source>
        <translation>已上线 %1 / %2，%3 个未上线</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>When a release &amp;fails:</source>
        <translation>上线失败时(&amp;F)：</translation>
    </message>
    <message numerus="yes">
        <source>The plan breaks %n constraint(s); it cannot be started until they are fixed:</source>
        <translation>
            <numerusform>计划违反了 %n 条约束，修正之前无法开始上线：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move to batch</source>
        <translation>移到批次(&amp;M)</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>New batch at the end</source>
        <translation>末尾新建批次</translation>
    </message>
    <message>
        <source>&amp;Exclude from the release</source>
        <translation>不参与本次上线(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Split batch</source>
        <translation>拆分批次(&amp;S)</translation>
    </message>
    <message>
        <source>The selected tickets (or the second half) move into a new batch after this one.</source>
        <translation>所选上线单（未选时为后一半）移到紧随其后的新批次。</translation>
    </message>
    <message>
        <source>Merge with &amp;next</source>
        <translation>与下一批次合并(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Approve this batch…</source>
        <translation>审批此批次(&amp;A)…</translation>
    </message>
    <message>
        <source>Select a batch or a ticket to see why it is where it is.</source>
        <translation>选择一个批次或上线单，查看它为何在此。</translation>
    </message>
    <message>
        <source>No plan yet: read the tickets to get one.</source>
        <translation>还没有计划：先读取上线单。</translation>
    </message>
    <message>
        <source>Releases to production.</source>
        <translation>上线到生产环境。</translation>
    </message>
    <message>
        <source>#%1 %2 %3 → %4</source>
        <translation>#%1 %2 %3 → %4</translation>
    </message>
    <message>
        <source>Why here: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>State: %1 — %2</source>
        <translation>状态：%1 — %2</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>duplicate of an earlier ticket %1; only the first is planned</source>
        <translation>与之前的上线单 %1 重复；只编排第一个</translation>
    </message>
    <message>
        <source>ticket id %1 appears more than once; only the first is planned</source>
        <translation>上线单号 %1 出现多次；只编排第一个</translation>
    </message>
    <message>
        <source>not pending (%1)</source>
        <translation>非待上线（%1）</translation>
    </message>
    <message>
        <source>waits for %1, which is not among the tickets</source>
        <translation>等待 %1，但它不在上线单中</translation>
    </message>
    <message>
        <source>%1 depends on %2, which is not among the tickets</source>
        <translation>%1 依赖 %2，但它不在上线单中</translation>
    </message>
    <message>
        <source>waits for %1, which is not released (%2)</source>
        <translation>等待 %1，它尚未上线（%2）</translation>
    </message>
    <message>
        <source>%1 depends on %2, which failed or is not released (%3)</source>
        <translation>%1 依赖 %2，它上线失败或尚未上线（%3）</translation>
    </message>
    <message>
        <source>waits for %1 (held back)</source>
        <translation>等待 %1（已暂缓）</translation>
    </message>
    <message>
        <source>waits for a dependency cycle</source>
        <translation>等待一个循环依赖</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 等另外 %1 个</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>循环依赖：%1</translation>
    </message>
    <message>
        <source>in a dependency cycle (%1)</source>
        <translation>处于循环依赖中（%1）</translation>
    </message>
    <message>
        <source>alone (not concurrent)</source>
        <translation>单独上线（不可并行）</translation>
    </message>
    <message>
        <source>after %1 (dependency)</source>
        <translation>在 %1 之后（依赖）</translation>
    </message>
    <message>
        <source>apart from %1 (same %2: %3)</source>
        <translation>与 %1 分开（%2 相同：%3）</translation>
    </message>
    <message>
        <source>later, to fill a batch (no extra time)</source>
        <translation>延后以填满批次（不增加时间）</translation>
    </message>
    <message>
        <source>with others (no conflict)</source>
        <translation>与其他上线单并行（无冲突）</translation>
    </message>
    <message>
        <source>moved here by hand</source>
        <translation>手动移到此处</translation>
    </message>
    <message>
        <source>split off by hand</source>
        <translation>手动拆分出来</translation>
    </message>
    <message>
        <source>merged by hand (was: %1)</source>
        <translation>手动合并（原为：%1）</translation>
    </message>
    <message>
        <source>excluded by hand</source>
        <translation>手动排除</translation>
    </message>
    <message>
        <source>waits for %1 (not in the plan)</source>
        <translation>等待 %1（不在计划中）</translation>
    </message>
    <message>
        <source>put back by hand</source>
        <translation>手动放回</translation>
    </message>
    <message>
        <source>%1 is in the plan more than once</source>
        <translation>%1 在计划中出现多次</translation>
    </message>
    <message>
        <source>%1 is in the plan but not among the tickets</source>
        <translation>%1 在计划中，但不在上线单中</translation>
    </message>
    <message>
        <source>%1 is not pending</source>
        <translation>%1 不是待上线状态</translation>
    </message>
    <message>
        <source>%1 is not concurrent but shares parallel batch %2 with other tickets</source>
        <translation>%1 不可并行，却与其他上线单同在并行批次 %2 中</translation>
    </message>
    <message>
        <source>%1 and %2 have the same %3 (%4) in parallel batch %5</source>
        <translation>%1 与 %2 的 %3 相同（%4），却同在并行批次 %5 中</translation>
    </message>
    <message>
        <source>%1 depends on %2, which is neither in the plan nor released</source>
        <translation>%1 依赖 %2，但它既不在计划中也未上线</translation>
    </message>
    <message>
        <source>%1 (batch %2) runs before its dependency %3 (batch %4)</source>
        <translation>%1（批次 %2）先于其依赖 %3（批次 %4）上线</translation>
    </message>
    <message>
        <source>%1 runs in parallel with its dependency %2 (batch %3)</source>
        <translation>%1 与其依赖 %2 并行上线（批次 %3）</translation>
    </message>
    <message>
        <source>%1 runs before its dependency %2 in serial batch %3</source>
        <translation>在串行批次 %3 中，%1 先于其依赖 %2 上线</translation>
    </message>
    <message>
        <source>%1 is pending but neither planned nor held back</source>
        <translation>%1 待上线，但既未编排也未暂缓</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>no error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未及时应答</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>应答过大</translation>
    </message>
    <message>
        <source>refused to leave the portal&apos;s site</source>
        <translation>已拒绝离开上线平台的站点</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 错误</translation>
    </message>
    <message>
        <source>the portal keeps asking to slow down</source>
        <translation>平台一再要求放慢速度</translation>
    </message>
    <message>
        <source>login form not found</source>
        <translation>未找到登录表单</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>会话已过期</translation>
    </message>
    <message>
        <source>page not understood</source>
        <translation>无法识别页面</translation>
    </message>
    <message>
        <source>site profile error</source>
        <translation>站点配置错误</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Error category, then the specific message.</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PortalSession</name>
    <message>
        <source>the session expired and logging in again failed: %1</source>
        <translation>会话已过期，重新登录失败：%1</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>未登录</translation>
    </message>
    <message numerus="yes">
        <source>the portal ended the session %n time(s) in a row before a single answer came back; logging in again does not help (check the profile&apos;s login.expired rules and whether the account may hold a session)</source>
        <translation>
            <numerusform>平台连续 %n 次在任何应答返回之前就结束了会话；重新登录无济于事（请检查站点配置中的 login.expired 规则，以及该账号是否允许保持会话）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCheck</name>
    <message>
        <source>#%1  %2 %3  %4  status &quot;%5&quot; (%6)  depends on: %7  %8</source>
        <translation>#%1  %2 %3  %4  状态 &quot;%5&quot;（%6）  依赖：%7  %8</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待上线</translation>
    </message>
    <message>
        <source>not pending</source>
        <translation>非待上线</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>may run alongside others</source>
        <translation>可与其他上线单并行</translation>
    </message>
    <message>
        <source>runs alone</source>
        <translation>单独上线</translation>
    </message>
    <message>
        <source>%1 (format %2) on %3</source>
        <translation>%1（格式 %2），位于 %3</translation>
    </message>
    <message>
        <source>{%1} is used in a request, but no capture, credential or list column gives it</source>
        <translation>{%1} 在请求中被使用，但没有任何捕获、凭据或列表列提供它</translation>
    </message>
    <message>
        <source>add a capture or a list column named %1</source>
        <translation>请添加名为 %1 的捕获或列表列</translation>
    </message>
    <message>
        <source>did you mean {%1}?</source>
        <translation>是否想用 {%1}？</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>form chosen: %1</source>
        <translation>选用的表单：%1</translation>
    </message>
    <message>
        <source>fields sent: %1</source>
        <translation>发送的字段：%1</translation>
    </message>
    <message>
        <source>credentials encoded in %1 (%2)</source>
        <translation>凭据以 %1 编码（%2）</translation>
    </message>
    <message>
        <source>request: %1</source>
        <translation>请求：%1</translation>
    </message>
    <message>
        <source>logged in as %1: %2</source>
        <translation>已以 %1 登录：%2</translation>
    </message>
    <message>
        <source>answer decoded as %1</source>
        <translation>应答按 %1 解码</translation>
    </message>
    <message>
        <source>set login.form_xpath, or login.form_fields to input names of the login form (user field &quot;%1&quot;, password field &quot;%2&quot;)</source>
        <translation>请设置 login.form_xpath，或把 login.form_fields 设为登录表单的输入框名称（用户名字段 &quot;%1&quot;，密码字段 &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>open the page after logging in and check the capture&apos;s xpath and attribute, json_path or cookie name</source>
        <translation>请在登录后打开该页面，检查捕获的 xpath 与 attribute、json_path 或 Cookie 名称</translation>
    </message>
    <message>
        <source>check the user and password, login.request.success (status_codes, json_path) and the body&apos;s field names</source>
        <translation>请检查用户名和密码、login.request.success（status_codes、json_path）以及请求体中的字段名</translation>
    </message>
    <message>
        <source>the form posts %1: the page declares charset=%1; remove form_charset (or set it to %1)</source>
        <translation>表单以 %1 提交：页面声明了 charset=%1；请删除 form_charset（或设为 %1）</translation>
    </message>
    <message>
        <source>the password has non-ASCII characters and was sent as UTF-8; if the portal decodes forms in another charset (GBK), set form_charset</source>
        <translation>密码含有非 ASCII 字符，已按 UTF-8 发送；如果平台用其他字符集（GBK）解码表单，请设置 form_charset</translation>
    </message>
    <message>
        <source>check the user and password, then login.success (%1)</source>
        <translation>请检查用户名和密码，然后检查 login.success（%1）</translation>
    </message>
    <message>
        <source>the portal wants another content type: give login.request a {&quot;json&quot;: …} body</source>
        <translation>平台要求另一种内容类型：请为 login.request 提供 {&quot;json&quot;: …} 请求体</translation>
    </message>
    <message>
        <source>check login.page and login.request.url</source>
        <translation>请检查 login.page 和 login.request.url</translation>
    </message>
    <message>
        <source>check login.page, login.request and the portal</source>
        <translation>请检查 login.page、login.request 以及上线平台</translation>
    </message>
    <message>
        <source>check base_url and that the portal is reachable (tls.ca_file for an internal CA)</source>
        <translation>请检查 base_url 以及上线平台是否可达（内部 CA 请设置 tls.ca_file）</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回 HTTP %2</translation>
    </message>
    <message>
        <source>check list.first_page; the headers for page reads (headers.page) must be what the portal expects</source>
        <translation>请检查 list.first_page；读取页面的请求头（headers.page）必须符合平台的要求</translation>
    </message>
    <message>
        <source>%1 decoded as %2 (from %3)</source>
        <translation>%1 按 %2 解码（依据 %3）</translation>
    </message>
    <message>
        <source>the page holds bytes that are not valid %1</source>
        <translation>页面含有不是有效 %1 的字节</translation>
    </message>
    <message>
        <source>set encoding in the profile to the portal&apos;s charset (e.g. gbk)</source>
        <translation>请把站点配置中的 encoding 设为平台的字符集（例如 gbk）</translation>
    </message>
    <message>
        <source>compare list.row_xpath, header_xpath and the column rules with the page</source>
        <translation>请对照页面检查 list.row_xpath、header_xpath 和各列规则</translation>
    </message>
    <message>
        <source>%1 rows matched, %2 tickets read</source>
        <translation>匹配 %1 行，读到 %2 个上线单</translation>
    </message>
    <message>
        <source>the first page gave no ticket</source>
        <translation>第一页没有读到上线单</translation>
    </message>
    <message>
        <source>list.row_xpath must select one node per ticket row</source>
        <translation>list.row_xpath 必须为每个上线单行选中一个节点</translation>
    </message>
    <message>
        <source>list.items_path must lead to the array of tickets</source>
        <translation>list.items_path 必须指向上线单数组</translation>
    </message>
    <message>
        <source>check the column rule the message names</source>
        <translation>请检查消息中提到的列规则</translation>
    </message>
    <message>
        <source>no ticket on the first page is pending</source>
        <translation>第一页没有待上线的上线单</translation>
    </message>
    <message>
        <source>list.pending_statuses must hold the status text of tickets waiting for release (found: %1)</source>
        <translation>list.pending_statuses 必须包含等待上线的上线单的状态文字（找到的：%1）</translation>
    </message>
    <message>
        <source>first pending ticket: #%1</source>
        <translation>第一个待上线的上线单：#%1</translation>
    </message>
    <message>
        <source>headers found: %1</source>
        <translation>找到的表头：%1</translation>
    </message>
    <message>
        <source>column %1: no header &quot;%2&quot; on the page</source>
        <translation>列 %1：页面上没有表头 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>set list.columns.%1.header to one of the headers found</source>
        <translation>请把 list.columns.%1.header 设为找到的表头之一</translation>
    </message>
    <message>
        <source>did you mean &quot;%1&quot;?</source>
        <translation>是否想用 &quot;%1&quot;？</translation>
    </message>
    <message>
        <source>the portal says %1 tickets</source>
        <translation>平台显示共 %1 个上线单</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), all requested at once: %1</source>
        <translation>
            <numerusform>共 %n 页，一次性全部请求：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>pages followed one by one, next: %1</source>
        <translation>逐页翻页，下一页：%1</translation>
    </message>
    <message>
        <source>one page holds every ticket</source>
        <translation>一页包含全部上线单</translation>
    </message>
    <message>
        <source>no way to the next page was found</source>
        <translation>未找到进入下一页的方法</translation>
    </message>
    <message>
        <source>set list.paging: a page_template with page_count or total, or a next link</source>
        <translation>请设置 list.paging：带 page_count 或 total 的 page_template，或下一页链接</translation>
    </message>
    <message>
        <source>the acting request needs every {value}: from a capture, an earlier step or a list column</source>
        <translation>执行上线的请求需要每个 {取值}：来自捕获、前面的步骤或列表列</translation>
    </message>
    <message>
        <source>would send (not sent): %1</source>
        <translation>将会发送（未发送）：%1</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; (a read, sent now): %2</source>
        <translation>步骤 &quot;%1&quot;（读取，现已发送）：%2</translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: %2</source>
        <translation>步骤 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>check release.steps[%1].url: the page must exist for a pending ticket</source>
        <translation>请检查 release.steps[%1].url：待上线的上线单必须能打开该页面</translation>
    </message>
    <message>
        <source>check release.steps[%1].captures.%2 against the page</source>
        <translation>请对照页面检查 release.steps[%1].captures.%2</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; captured {%2} = %3</source>
        <translation>步骤 &quot;%1&quot; 捕获到 {%2} = %3</translation>
    </message>
    <message numerus="yes">
        <source>at most %n request(s) in flight, %1 ms apart at least</source>
        <translation>
            <numerusform>同时最多 %n 个请求，间隔至少 %1 毫秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCheckDialog</name>
    <message>
        <source>Checking the profile against %1… (nothing is released)</source>
        <translation>正在对照 %1 检查站点配置…（不会执行任何上线）</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Check profile: %1</source>
        <translation>检查站点配置：%1</translation>
    </message>
    <message>
        <source>No problems found. Nothing was released.</source>
        <translation>未发现问题。未执行任何上线。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found, each with its likely fix. Nothing was released.</source>
        <translation>
            <numerusform>发现 %n 个问题，每个都附有可能的修正方法。未执行任何上线。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCheckReport</name>
    <message>
        <source>  ✓ %1</source>
        <translation>  ✓ %1</translation>
    </message>
    <message>
        <source>  ✗ %1</source>
        <translation>  ✗ %1</translation>
    </message>
    <message>
        <source>      fix: %1</source>
        <translation>      修正：%1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileChecks</name>
    <message>
        <source>not a valid regular expression (%1)</source>
        <translation>不是有效的正则表达式（%1）</translation>
    </message>
    <message>
        <source>not a valid XPath (unbalanced brackets or quotes)</source>
        <translation>不是有效的 XPath（括号或引号不配对）</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>不是有效的 JSON（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>missing (must be 1 or 2)</source>
        <translation>缺失（必须是 1 或 2）</translation>
    </message>
    <message>
        <source>version %1 is not supported (this ReleaseDesk reads 1 and 2)</source>
        <translation>不支持版本 %1（此版本的 ReleaseDesk 支持 1 和 2）</translation>
    </message>
    <message>
        <source>must be an absolute http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>必须是以 http:// 或 https:// 开头的绝对地址，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a character set this ReleaseDesk can decode</source>
        <translation>&quot;%1&quot; 不是此版本的 ReleaseDesk 能解码的字符集</translation>
    </message>
</context>
<context>
    <name>ReconcileVerdict</name>
    <message>
        <source>not on the portal&apos;s list any more: still unknown</source>
        <translation>已不在平台的列表中：仍为未知</translation>
    </message>
    <message>
        <source>the portal still shows it pending (%1): it was not released; re-send only if you decide to</source>
        <translation>平台仍显示为待上线（%1）：未上线；是否重新发送由您决定</translation>
    </message>
    <message>
        <source>the portal shows it released (%1)</source>
        <translation>平台显示已上线（%1）</translation>
    </message>
    <message>
        <source>the portal shows it failed (%1)</source>
        <translation>平台显示上线失败（%1）</translation>
    </message>
    <message>
        <source>the portal shows %1: check again later</source>
        <translation>平台显示为 %1：请稍后再查</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>the portal&apos;s list could not be read (%1): still unknown</source>
        <translation>无法读取平台的列表（%1）：仍为未知</translation>
    </message>
    <message>
        <source>interrupted: the process ended before the answer came</source>
        <translation>已中断：应答返回之前进程已结束</translation>
    </message>
    <message>
        <source>Unknown: run %1 was interrupted before the answer came</source>
        <translation>未知：运行 %1 在应答返回之前被中断</translation>
    </message>
    <message numerus="yes">
        <source>%n release request(s) of an interrupted run have no answer: checking them on the portal; nothing is re-sent</source>
        <translation>
            <numerusform>一次中断的运行中有 %n 个上线请求没有应答：正在到平台核实；不会重新发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked on the portal: %1</source>
        <translation>已到平台核实：%1</translation>
    </message>
    <message>
        <source>Not re-sent: %1</source>
        <translation>未重新发送：%1</translation>
    </message>
    <message>
        <source>re-sent on request</source>
        <translation>已按要求重新发送</translation>
    </message>
    <message>
        <source>#%1 re-sent: %2</source>
        <translation>#%1 已重新发送：%2</translation>
    </message>
</context>
<context>
    <name>ReleaseExecutor</name>
    <message>
        <source>no approved batch to release</source>
        <translation>没有可上线的已审批批次</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法开始：%1</translation>
    </message>
    <message>
        <source>, batches overlap</source>
        <translation>，批次重叠执行</translation>
    </message>
    <message>
        <source>Paused: no new release requests; %1 in flight finish</source>
        <translation>已暂停：不再发出新的上线请求；进行中的 %1 个将完成</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已继续</translation>
    </message>
    <message>
        <source>Cancelled: %1 in flight finish, nothing else is sent</source>
        <translation>已取消：进行中的 %1 个将完成，不再发送其他请求</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 (%2): %n ticket(s)</source>
        <translation>
            <numerusform>批次 %1（%2）：%n 个上线单</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1: re-reading every list page before release</source>
        <translation>批次 %1：上线前重新读取所有列表页</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: re-reading %n list page(s) that hold its tickets</source>
        <translation>
            <numerusform>批次 %1：重新读取包含其上线单的 %n 个列表页</numerusform>
        </translation>
    </message>
    <message>
        <source>the re-check could not read the portal: %1</source>
        <translation>复查时无法读取平台：%1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>waits for #%1, which is not among the tickets</source>
        <translation>等待 #%1，但它不在上线单之中</translation>
    </message>
    <message>
        <source>waits for #%1, which comes in a later batch</source>
        <translation>等待 #%1，但它在后面的批次中</translation>
    </message>
    <message>
        <source>held back: #%1 is %2</source>
        <translation>已暂缓：#%1 的状态为“%2”</translation>
    </message>
    <message>
        <source>already %1: not sent again</source>
        <translation>已是“%1”状态：不再发送</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Not sent: the history cannot record the release (%1)</source>
        <translation>未发送：历史记录无法记录此次上线（%1）</translation>
    </message>
    <message>
        <source>the history database cannot record releases: %1</source>
        <translation>历史数据库无法记录上线：%1</translation>
    </message>
    <message>
        <source>the portal session is gone: %1</source>
        <translation>平台会话已失效：%1</translation>
    </message>
    <message>
        <source>the history database cannot record outcomes: %1</source>
        <translation>历史数据库无法记录结果：%1</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2：%3</translation>
    </message>
    <message>
        <source>turned away: the session had expired, the portal did not act</source>
        <translation>被拒：会话已过期，平台未执行</translation>
    </message>
    <message>
        <source>turned away because the session had expired; sent again after logging in</source>
        <translation>因会话过期被拒；重新登录后已再次发送</translation>
    </message>
    <message>
        <source>#%1 was turned away because the session had expired (the portal did not act): sending it again after logging in</source>
        <translation>#%1 因会话过期被拒（平台未执行）：重新登录后再次发送</translation>
    </message>
    <message>
        <source>stopped after #%1 was %2</source>
        <translation>#%1 的结果为“%2”，已停止</translation>
    </message>
    <message>
        <source>Stopping: %1</source>
        <translation>正在停止：%1</translation>
    </message>
    <message>
        <source>%1 (its batch was finished)</source>
        <translation>%1（已完成其所在批次）</translation>
    </message>
    <message>
        <source>the run stopped</source>
        <translation>本次运行已停止</translation>
    </message>
    <message>
        <source>waits for a dependency that is placed after it in the plan</source>
        <translation>等待的依赖在计划中排在它之后</translation>
    </message>
    <message>
        <source>Stopping new releases: %1</source>
        <translation>停止发出新的上线：%1</translation>
    </message>
    <message>
        <source>Run %1 %2: %3</source>
        <translation>运行 %1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n ticket(s) in %2 approved batch(es), limit %3, policy: %4%5</source>
        <translation>
            <numerusform>运行 %1：%2 个已审批批次中共 %n 个上线单，并发上限 %3，策略：%4%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown, check on the portal: turned away %n time(s) in a row as if the session had expired, although ReleaseDesk logged in again each time; not sent again</source>
        <translation>
            <numerusform>未知，请到平台核实：尽管 ReleaseDesk 每次都重新登录，仍连续 %n 次像会话过期一样被拒；不再发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches %1: re-reading every list page before release</source>
        <translation>批次 %1：上线前重新读取所有列表页</translation>
    </message>
    <message numerus="yes">
        <source>Batches %1: re-reading %n list page(s) that hold their tickets</source>
        <translation>
            <numerusform>批次 %1：重新读取包含其上线单的 %n 个列表页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleasePreparation</name>
    <message>
        <source>cancelled while preparing the release</source>
        <translation>准备上线时已取消</translation>
    </message>
    <message>
        <source>the session was closed</source>
        <translation>会话已关闭</translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: no value for {%2}</source>
        <translation>步骤 &quot;%1&quot;：{%2} 没有取值</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; leaves the portal&apos;s origin (%2)</source>
        <translation>步骤 &quot;%1&quot; 离开了上线平台的源站（%2）</translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: %2</source>
        <translation>步骤 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>ticket %1: %2</source>
        <translation>上线单 %1：%2</translation>
    </message>
    <message>
        <source>NOT SENDABLE: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <source>%1 (acting, sent once): %2</source>
        <translation>%1（执行上线，只发送一次）：%2</translation>
    </message>
    <message>
        <source>%1 (read): %2</source>
        <translation>%1（读取）：%2</translation>
    </message>
    <message>
        <source>
    captures %1</source>
        <translation>
    捕获 %1</translation>
    </message>
</context>
<context>
    <name>ReleaseRecheck</name>
    <message>
        <source>no portal session</source>
        <translation>没有平台会话</translation>
    </message>
    <message>
        <source>the re-check was cancelled</source>
        <translation>复查已取消</translation>
    </message>
    <message>
        <source>no longer on the portal&apos;s list</source>
        <translation>已不在平台的列表中</translation>
    </message>
    <message>
        <source>no longer pending on the portal (status: %1)</source>
        <translation>在平台上已不是待上线（状态：%1）</translation>
    </message>
    <message>
        <source>version changed on the portal since approval: %1 → %2</source>
        <translation>审批后平台上的版本已变化：%1 → %2</translation>
    </message>
    <message>
        <source>the portal shows no release link for it</source>
        <translation>平台上没有它的上线链接</translation>
    </message>
</context>
<context>
    <name>ReleaseSection</name>
    <message>
        <source>must be &quot;GET&quot; or &quot;POST&quot;</source>
        <translation>必须是 &quot;GET&quot; 或 &quot;POST&quot;</translation>
    </message>
    <message>
        <source>must be &quot;refused&quot; (the default) or &quot;unknown&quot;</source>
        <translation>必须是 &quot;refused&quot;（默认）或 &quot;unknown&quot;</translation>
    </message>
</context>
<context>
    <name>ReleaseSender</name>
    <message>
        <source>ticket %1 has no release link</source>
        <translation>上线单 %1 没有上线链接</translation>
    </message>
    <message>
        <source>ticket %1: release link leaves the portal&apos;s origin (%2)</source>
        <translation>上线单 %1：上线链接离开了上线平台的源站（%2）</translation>
    </message>
    <message>
        <source>ticket %1: no value for %2</source>
        <translation>上线单 %1：%2 没有取值</translation>
    </message>
    <message>
        <source>Not sent: the release URL leaves the portal&apos;s origin</source>
        <translation>未发送：上线地址离开了上线平台的源站</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>ReleaseState</name>
    <message>
        <source>Pending</source>
        <translation>待上线</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已上线</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待上线</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>ReleaseVerdict</name>
    <message>
        <source>no answer within the release timeout</source>
        <translation>在上线超时时间内无应答</translation>
    </message>
    <message>
        <source>the connection closed before the answer came</source>
        <translation>应答返回之前连接已关闭</translation>
    </message>
    <message>
        <source>could not connect to the portal</source>
        <translation>无法连接到上线平台</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>TLS 问题</translation>
    </message>
    <message>
        <source>aborted while waiting for the answer</source>
        <translation>等待应答时已中止</translation>
    </message>
    <message>
        <source>transfer failed</source>
        <translation>传输失败</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A transport problem, then libcurl&apos;s own words.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Unknown, check on the portal: %1</source>
        <translation>未知，请到平台核实：%1</translation>
    </message>
    <message>
        <source>Released (redirected to %1)</source>
        <translation>已上线（跳转到 %1）</translation>
    </message>
    <message>
        <source>Unknown, check on the portal: the session expired on the release click (redirected to the login page)</source>
        <translation>未知，请到平台核实：点击上线时会话已过期（跳转到了登录页）</translation>
    </message>
    <message>
        <source>Unknown, check on the portal: unexpected redirect (HTTP %1)</source>
        <translation>未知，请到平台核实：意外的跳转（HTTP %1）</translation>
    </message>
    <message>
        <source>The portal refused (HTTP %1)</source>
        <translation>平台拒绝了上线（HTTP %1）</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已上线</translation>
    </message>
    <message>
        <source>The portal refused: too many requests (HTTP 429)</source>
        <translation>平台拒绝了上线：请求过多（HTTP 429）</translation>
    </message>
    <message>
        <source>Unknown, check on the portal: the session expired on the release click (login page)</source>
        <translation>未知，请到平台核实：点击上线时会话已过期（返回了登录页）</translation>
    </message>
    <message>
        <source>Unknown, check on the portal: HTTP %1, the answer says neither success nor failure</source>
        <translation>未知，请到平台核实：HTTP %1，应答既未表明成功也未表明失败</translation>
    </message>
    <message>
        <source>Unknown, check on the portal: HTTP %1, the answer says neither success nor failure: %2</source>
        <translation>未知，请到平台核实：HTTP %1，应答既未表明成功也未表明失败：%2</translation>
    </message>
    <message>
        <source>Unknown, check on the portal: the session expired on the release click (HTTP %1)</source>
        <translation>未知，请到平台核实：点击上线时会话已过期（HTTP %1）</translation>
    </message>
</context>
<context>
    <name>ReleaseWorkflow</name>
    <message numerus="yes">
        <source>Run %1 was interrupted: %n release request(s) had no answer; checking them on the portal…</source>
        <translation>
            <numerusform>第 %1 次运行被中断：%n 个上线请求没有收到应答；正在门户上核对…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier release request(s) ended with an unknown outcome; checking them on the portal…</source>
        <translation>
            <numerusform>之前有 %n 个上线请求结果未知；正在门户上核对…</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 was released (the portal shows %2).</source>
        <translation>#%1 已上线（门户显示：%2）。</translation>
    </message>
    <message>
        <source>#%1 failed on the portal (%2).</source>
        <translation>#%1 在门户上失败（%2）。</translation>
    </message>
    <message>
        <source>#%1 is still pending on the portal: it was not released. Nothing is re-sent; plan and approve it again to send it.</source>
        <translation>#%1 在门户上仍为待上线：未上线。不会自动重发；如需发送，请重新规划并审批。</translation>
    </message>
    <message>
        <source>#%1 is still unknown: %2</source>
        <translation>#%1 结果仍未知：%2</translation>
    </message>
    <message>
        <source>Checked %1 earlier request(s) on the portal: %2 settled, %3 not; nothing was re-sent.</source>
        <translation>已在门户上核对 %1 个之前的请求：%2 个已确定，%3 个未确定；没有重发任何请求。</translation>
    </message>
    <message>
        <source>The release history cannot be opened: %1</source>
        <translation>无法打开上线历史：%1</translation>
    </message>
    <message>
        <source>A release is running; cancel it before connecting again.</source>
        <translation>上线正在进行；请先取消再重新连接。</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2…</source>
        <translation>正在以 %2 身份登录 %1…</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation>已登录 %1。</translation>
    </message>
    <message>
        <source>The portal ended the session; logged in again.</source>
        <translation>平台会话已过期，已重新登录。</translation>
    </message>
    <message>
        <source>Reading the ticket list…</source>
        <translation>正在读取上线单列表…</translation>
    </message>
    <message>
        <source>Reading cancelled; kept %1.</source>
        <translation>读取已取消；已保留：%1。</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>读取完成：%1。</translation>
    </message>
    <message>
        <source>Planned %1 ticket(s) in %2 batch(es) (at least %3 steps are needed, the plan takes %4); %5 held back.</source>
        <translation>已将 %1 个上线单编排为 %2 个批次（至少需要 %3 步，本计划 %4 步）；%5 个暂缓。</translation>
    </message>
    <message>
        <source>excluded by %1</source>
        <translation>由 %1 排除</translation>
    </message>
    <message numerus="yes">
        <source>%1 approved %n batch(es)</source>
        <translation>
            <numerusform>%1 审批了 %n 个批次</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is approved: approve a batch before starting.</source>
        <translation>尚未审批任何批次：请先审批批次再开始。</translation>
    </message>
    <message numerus="yes">
        <source>The plan breaks %n constraint(s); fix them before starting.</source>
        <translation>
            <numerusform>计划违反了 %n 条约束；请先修正再开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>The release could not start: %1</source>
        <translation>无法开始上线：%1</translation>
    </message>
    <message>
        <source>Release finished: %1 of %2 released, %3 failed, %4 unknown, %5 skipped.</source>
        <translation>上线结束：%2 个中 %1 个已上线，%3 个失败，%4 个未知，%5 个跳过。</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>本次上线已取消。</translation>
    </message>
    <message>
        <source>The failure policy stopped the run.</source>
        <translation>失败策略已停止本次上线。</translation>
    </message>
    <message>
        <source>Unknown outcomes may or may not have been released: check them on the portal before anything else (%1).</source>
        <translation>结果未知的上线单可能已上线也可能没有：请先到平台核实（%1）。</translation>
    </message>
    <message>
        <source>Paused: requests in flight finish, no new ones start.</source>
        <translation>已暂停：进行中的请求会完成，不再发起新请求。</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>已继续。</translation>
    </message>
    <message>
        <source>Cancelling: requests in flight finish, the rest is skipped.</source>
        <translation>正在取消：进行中的请求会完成，其余跳过。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n ticket(s) on the portal…</source>
        <translation>
            <numerusform>正在到平台核实 %n 个上线单…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking on the portal failed: %1</source>
        <translation>到平台核实失败：%1</translation>
    </message>
    <message>
        <source>#%1 is no longer listed on the portal.</source>
        <translation>#%1 已不在平台列表中。</translation>
    </message>
    <message>
        <source>released (confirmed on the portal: %1)</source>
        <translation>已上线（平台确认：%1）</translation>
    </message>
    <message>
        <source>still pending on the portal: not released; plan and approve it again to send it</source>
        <translation>平台上仍为待上线：未上线；需重新编排并审批后才会发送</translation>
    </message>
    <message>
        <source>#%1 on the portal: %2</source>
        <translation>#%1 在平台上：%2</translation>
    </message>
    <message>
        <source>The portal session is gone: %1. Connect again to go on.</source>
        <translation>平台会话已失效：%1。请重新连接后继续。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 个上线单</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 failed: %2</source>
        <translation>#%1 上线失败：%2</translation>
    </message>
    <message>
        <source>#%1: no answer, the outcome is unknown: %2</source>
        <translation>#%1：没有应答，结果未知：%2</translation>
    </message>
    <message>
        <source>Check on the portal before anything else: %1</source>
        <translation>请先到平台核实：%1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the portal before retrying %n failed ticket(s)…</source>
        <translation>
            <numerusform>重试 %n 个失败的上线单前，先读取平台…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the portal before resuming %n skipped ticket(s)…</source>
        <translation>
            <numerusform>继续 %n 个跳过的上线单前，先读取平台…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the portal failed: %1. Nothing was planned.</source>
        <translation>读取平台失败：%1。未生成计划。</translation>
    </message>
    <message>
        <source>#%1 is no longer listed on the portal; left out.</source>
        <translation>#%1 已不在平台列表中；未纳入。</translation>
    </message>
    <message>
        <source>to retry: the portal shows it as %1</source>
        <translation>待重试：平台显示为 %1</translation>
    </message>
    <message>
        <source>to resume: the portal shows it as %1</source>
        <translation>待继续：平台显示为 %1</translation>
    </message>
    <message>
        <source>#%1 is not pending on the portal (%2); left out.</source>
        <translation>#%1 在平台上不是待上线（%2）；未纳入。</translation>
    </message>
    <message>
        <source>#%1 is held back: %2</source>
        <translation>#%1 暂缓：%2</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n failed ticket(s) to retry in %1 batch(es); approve them to send.</source>
        <translation>
            <numerusform>已将 %n 个失败的上线单计划为 %1 个批次重试；审批后才会发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n skipped ticket(s) to resume in %1 batch(es); approve them to send.</source>
        <translation>
            <numerusform>已将 %n 个跳过的上线单计划为 %1 个批次继续；审批后才会发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) from %1 of %2 page(s)</source>
        <translation>
            <numerusform>从 %2 页中的 %1 页读到 %n 个上线单</numerusform>
        </translation>
    </message>
    <message>
        <source>the portal lists %1 tickets but %2 were read</source>
        <translation>平台列出 %1 个上线单，但只读到 %2 个</translation>
    </message>
    <message>
        <source>The ticket list is incomplete: %1 of %2 page(s) could not be read (%3). Kept %4; nothing is planned from a partial list.</source>
        <translation>上线单列表不完整：%2 页中有 %1 页无法读取（%3）。已保留 %4；不会根据不完整的列表编排计划。</translation>
    </message>
    <message numerus="yes">
        <source>Read %1; the portal ended the session %n time(s) on the way and ReleaseDesk logged in again.</source>
        <translation>
            <numerusform>读取完成：%1；期间平台 %n 次结束会话，ReleaseDesk 已重新登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome unknown since run %1: not sent again on its own; check it on the portal first</source>
        <translation>自运行 %1 起结果未知：不会自动再次发送；请先到平台核实</translation>
    </message>
    <message numerus="yes">
        <source>Release started: %n ticket(s); %1.</source>
        <translation>
            <numerusform>已开始上线：%n 个上线单；%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted: the process ended before the answer came</source>
        <translation>已中断：应答返回之前进程已结束</translation>
    </message>
    <message>
        <source>#%1 shows %2 on the portal, which the profile does not list as retryable; left out.</source>
        <translation>#%1 在上线平台上显示为 %2，站点配置未将其列为可重试状态；已略过。</translation>
    </message>
</context>
<context>
    <name>RequestSpecReader</name>
    <message>
        <source>{%1}: used in a request, but no capture, credential or list column gives it</source>
        <translation>{%1}：在请求中被使用，但没有任何捕获、凭据或列表列提供它</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>must be an object of header names and values</source>
        <translation>必须是由请求头名称和值组成的对象</translation>
    </message>
    <message>
        <source>is not a valid HTTP header name</source>
        <translation>不是有效的 HTTP 请求头名称</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not contain a line break</source>
        <translation>不能包含换行</translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, {&quot;form&quot;: {…}} or {&quot;json&quot;: {…}}</source>
        <translation>必须是 &quot;none&quot;、{&quot;form&quot;: {…}} 或 {&quot;json&quot;: {…}}</translation>
    </message>
    <message>
        <source>must be a JSON object or array</source>
        <translation>必须是 JSON 对象或数组</translation>
    </message>
    <message>
        <source>must be an object of field names and values</source>
        <translation>必须是由字段名和值组成的对象</translation>
    </message>
    <message>
        <source>must be GET or POST</source>
        <translation>必须是 GET 或 POST</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>a GET request cannot carry a JSON body</source>
        <translation>GET 请求不能携带 JSON 请求体</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be &quot;form&quot; or &quot;api&quot;</source>
        <translation>必须是 &quot;form&quot; 或 &quot;api&quot;</translation>
    </message>
    <message>
        <source>an API login needs the URL it posts to</source>
        <translation>API 登录需要提交的目标地址</translation>
    </message>
    <message>
        <source>an API login needs a body holding {user} and {password}</source>
        <translation>API 登录需要包含 {user} 和 {password} 的请求体</translation>
    </message>
    <message>
        <source>must be an HTTP status code (100-599)</source>
        <translation>必须是 HTTP 状态码（100-599）</translation>
    </message>
    <message>
        <source>a captured value&apos;s name must be letters, digits, _ . or -</source>
        <translation>捕获值的名称只能包含字母、数字、_ . 或 -</translation>
    </message>
    <message>
        <source>must be an object (page/xpath/attribute/regex, cookie or json_path)</source>
        <translation>必须是对象（page/xpath/attribute/regex、cookie 或 json_path）</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <source>a cookie capture takes only cookie (and regex)</source>
        <translation>Cookie 捕获只接受 cookie（和 regex）</translation>
    </message>
    <message>
        <source>needs json_path, xpath or regex to find the value in the login answer</source>
        <translation>需要 json_path、xpath 或 regex 才能在登录应答中找到取值</translation>
    </message>
    <message>
        <source>must be &quot;login_answer&quot;</source>
        <translation>必须是 &quot;login_answer&quot;</translation>
    </message>
    <message>
        <source>needs page (the page to read), cookie, or from: &quot;login_answer&quot;</source>
        <translation>需要 page（要读取的页面）、cookie，或 from: &quot;login_answer&quot;</translation>
    </message>
    <message>
        <source>needs json_path, xpath or regex to find the value</source>
        <translation>需要 json_path、xpath 或 regex 才能找到取值</translation>
    </message>
    <message>
        <source>needs an xpath</source>
        <translation>需要 xpath</translation>
    </message>
    <message>
        <source>must be an object: name → where to read it</source>
        <translation>必须是对象：名称 → 读取位置</translation>
    </message>
    <message>
        <source>must be an object with all, page, login and release</source>
        <translation>必须是包含 all、page、login 和 release 的对象</translation>
    </message>
    <message>
        <source>must be a non-empty list of steps</source>
        <translation>必须是非空的步骤列表</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>must be &quot;release_link&quot; or &quot;row_form&quot;</source>
        <translation>必须是 &quot;release_link&quot; 或 &quot;row_form&quot;</translation>
    </message>
    <message>
        <source>needs a url, or from: &quot;release_link&quot; / &quot;row_form&quot;</source>
        <translation>需要 url，或 from: &quot;release_link&quot; / &quot;row_form&quot;</translation>
    </message>
    <message>
        <source>cannot be given together with from</source>
        <translation>不能与 from 同时给出</translation>
    </message>
    <message>
        <source>the last (acting) step&apos;s answer is judged, not read for values</source>
        <translation>最后一个（执行上线的）步骤的应答用于判定结果，不用于读取取值</translation>
    </message>
    <message>
        <source>only the last step may change anything: earlier steps are reads (GET)</source>
        <translation>只有最后一个步骤可以改变数据：之前的步骤都是读取（GET）</translation>
    </message>
    <message>
        <source>must be a charset name such as GBK</source>
        <translation>必须是字符集名称，例如 GBK</translation>
    </message>
</context>
<context>
    <name>RunCounts</name>
    <message>
        <source>%1 released · %2 failed · %3 unknown · %4 skipped · %5 remaining</source>
        <translation>已上线 %1 · 失败 %2 · 未知 %3 · 跳过 %4 · 剩余 %5</translation>
    </message>
    <message>
        <source>%1 / %2 released</source>
        <translation>已上线 %1 / %2</translation>
    </message>
</context>
<context>
    <name>RunStatusWidget</name>
    <message>
        <source>%1 / %2 pages · %3 tickets</source>
        <translation>%1 / %2 页 · %3 个上线单</translation>
    </message>
    <message>
        <source>%1 pages · %2 tickets</source>
        <translation>%1 页 · %2 个上线单</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 个请求进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>elapsed %1, about %2 left</source>
        <translation>已用 %1，约剩 %2</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>已用 %1</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 of %2 released, %3 failed, %4 unknown, %5 skipped</source>
        <translation>%2 个中已上线 %1 个，失败 %3 个，未知 %4 个，跳过 %5 个</translation>
    </message>
    <message numerus="yes">
        <source>; %n sent again after the portal turned them away on an expired session</source>
        <translation>
            <numerusform>；%n 个因会话过期被平台拒绝后已再次发送</numerusform>
        </translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>；已取消</translation>
    </message>
    <message>
        <source>; stopped by the failure policy</source>
        <translation>；已被失败策略停止</translation>
    </message>
    <message>
        <source>; %1</source>
        <extracomment>A run summary, then the error that ended the run.</extracomment>
        <translation>；%1</translation>
    </message>
</context>
<context>
    <name>RunSummaryPanel</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reads the portal, then plans exactly the failed tickets it shows pending again; you approve the new plan before anything is sent.</source>
        <translation>先读取平台，再只为平台显示可再次上线的失败上线单生成新计划；审批新计划后才会发送。</translation>
    </message>
    <message>
        <source>Reads the portal, then plans the skipped tickets still pending; you approve the new plan before anything is sent.</source>
        <translation>先读取平台，再为仍待上线的跳过上线单生成新计划；审批新计划后才会发送。</translation>
    </message>
    <message>
        <source>Reads the portal&apos;s list to settle the unknown outcomes; sends nothing.</source>
        <translation>读取平台列表以确定未知结果；不发送任何请求。</translation>
    </message>
    <message>
        <source>Run finished: all %1 ticket(s) released in %2.</source>
        <translation>运行完成：全部 %1 个上线单已上线，用时 %2。</translation>
    </message>
    <message>
        <source>Run finished in %1: %2 of %3 released.</source>
        <translation>运行完成，用时 %1：已上线 %2 / %3。</translation>
    </message>
    <message>
        <source>Run stopped after %1: %2 of %3 released.</source>
        <translation>运行在 %1 后停止：已上线 %2 / %3。</translation>
    </message>
    <message>
        <source>Run cancelled after %1: %2 of %3 released.</source>
        <translation>运行在 %1 后取消：已上线 %2 / %3。</translation>
    </message>
    <message>
        <source>Unknown outcomes may or may not have been released: check them on the portal before anything else.</source>
        <translation>结果未知的上线单可能已上线，也可能没有：请先到平台核实。</translation>
    </message>
    <message>
        <source>Retr&amp;y failed (%1)…</source>
        <translation>重试失败的(&amp;Y)（%1）…</translation>
    </message>
    <message>
        <source>Resume the r&amp;est (%1)…</source>
        <translation>继续其余的(&amp;E)（%1）…</translation>
    </message>
    <message>
        <source>Check unknown on p&amp;ortal (%1)</source>
        <translation>到平台核实未知的(&amp;O)（%1）</translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message>
        <source>Outside any batch</source>
        <translation>不属于任何批次</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>ScrapeBanner</name>
    <message>
        <source>Read the list again</source>
        <translation>重新读取列表</translation>
    </message>
    <message>
        <source>the portal lists %1 tickets but %2 were read</source>
        <translation>平台列出 %1 个上线单，但只读到 %2 个</translation>
    </message>
    <message>
        <source>The ticket list is incomplete: %1 of %2 page(s) could not be read (%3). Nothing is planned from a partial list.</source>
        <translation>上线单列表不完整：%2 页中有 %1 页无法读取（%3）。不会根据不完整的列表编排计划。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>as the profile says</source>
        <translation>按站点配置</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Minimum &amp;interval between requests:</source>
        <translation>请求最小间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>When a release &amp;fails:</source>
        <translation>上线失败时(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A change of language takes effect when ReleaseDesk is started again.</source>
        <translation>语言更改在重新启动 ReleaseDesk 后生效。</translation>
    </message>
    <message>
        <source>Stop at the first failure</source>
        <translation>首次失败即停止</translation>
    </message>
    <message>
        <source>Finish the batch, then stop</source>
        <translation>完成当前批次后停止</translation>
    </message>
    <message>
        <source>Go on with the rest</source>
        <translation>继续其余上线单</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>发送测试消息(&amp;T)</translation>
    </message>
    <message>
        <source>Requests in flight at &amp;most:</source>
        <translation>同时进行的请求最多(&amp;M)：</translation>
    </message>
    <message>
        <source>Slack-compatible</source>
        <translation>Slack 兼容</translation>
    </message>
    <message>
        <source>DingTalk (钉钉)</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>WeCom (企业微信)</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>Feishu / Lark (飞书)</source>
        <translation>飞书 / Lark</translation>
    </message>
    <message>
        <source>incoming webhook URL; empty: no team chat messages</source>
        <translation>机器人 Webhook 地址；留空则不发团队群消息</translation>
    </message>
    <message>
        <source>signing secret, if the robot has one (kept in the keychain)</source>
        <translation>加签密钥（如机器人设置了；保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>Team chat</source>
        <translation>团队群通知</translation>
    </message>
    <message>
        <source>Chat &amp;service:</source>
        <translation>群聊服务(&amp;S)：</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>Webhook 地址(&amp;U)：</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>加签密钥(&amp;G)：</translation>
    </message>
    <message>
        <source>A message goes out at the first failure and the first unknown outcome of a run and when it ends, with the run&apos;s counts.</source>
        <translation>每次运行出现第一个失败、第一个未知结果以及运行结束时，各发送一条消息，附运行的计数。</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>已送达。</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>未送达：%1</translation>
    </message>
    <message>
        <source>Enter the webhook URL first.</source>
        <translation>请先填写 Webhook 地址。</translation>
    </message>
    <message>
        <source>Sent from the settings of ReleaseDesk.</source>
        <translation>来自 ReleaseDesk 设置的测试。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Start the next approved batch as soon as its tickets may go</source>
        <translation>下一个已审批批次的上线单一旦可以执行就立即开始</translation>
    </message>
    <message>
        <source>Each ticket still waits for its dependencies, and never goes out with a conflicting or non-concurrent ticket; only approved batches ever run.</source>
        <translation>每个上线单仍会等待其依赖，且绝不会与冲突或不可并行的上线单同时执行；只有已审批的批次才会执行。</translation>
    </message>
</context>
<context>
    <name>StatePresentation</name>
    <message>
        <source>Pending</source>
        <translation>待上线</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已上线</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown — check on portal</source>
        <translation>未知 — 请到平台核实</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>TicketExtractor</name>
    <message>
        <source>the page is empty or not HTML</source>
        <translation>页面为空或不是 HTML</translation>
    </message>
    <message>
        <source>no column headed %1; the headers are: %2</source>
        <translation>没有表头为 %1 的列；页面上的表头为：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>row %1: no ticket id</source>
        <translation>第 %1 行：没有上线单号</translation>
    </message>
    <message>
        <source>row %1 (ticket %2): no release link</source>
        <translation>第 %1 行（上线单 %2）：没有上线链接</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>不是有效的 JSON（偏移 %1）：%2</translation>
    </message>
    <message>
        <source>no list of items at &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 处没有条目列表</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>（根）</translation>
    </message>
    <message>
        <source>item %1: no ticket id</source>
        <translation>第 %1 项：没有上线单号</translation>
    </message>
    <message>
        <source>item %1 (ticket %2): no release link</source>
        <translation>第 %1 项（上线单 %2）：没有上线链接</translation>
    </message>
    <message>
        <source>the page nests elements more than %1 levels deep; the HTML parser stops there, so the rest of the page (and the list) cannot be read</source>
        <translation>页面元素嵌套超过 %1 层；HTML 解析器在此停止，页面其余部分（以及列表）无法读取</translation>
    </message>
</context>
<context>
    <name>TicketField</name>
    <message>
        <source>ticket id</source>
        <translation>上线单号</translation>
    </message>
    <message>
        <source>application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>submitter</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>concurrent</source>
        <translation>可并行</translation>
    </message>
    <message>
        <source>portal status</source>
        <translation>平台状态</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <source>Filter tickets (any column)</source>
        <translation>筛选上线单（任意列）</translation>
    </message>
    <message>
        <source>Show only the tickets whose release may or may not have happened; check them on the portal.</source>
        <translation>只显示可能已上线也可能未上线的上线单；请到平台核实。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Only unkno&amp;wn outcomes</source>
        <translation>只看结果未知(&amp;W)</translation>
    </message>
</context>
<context>
    <name>TicketScraper</name>
    <message>
        <source>the portal session was closed</source>
        <translation>平台会话已关闭</translation>
    </message>
    <message>
        <source>log in before scraping</source>
        <translation>请先登录再读取</translation>
    </message>
    <message>
        <source>scrape cancelled</source>
        <translation>读取已取消</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <source>page %1: ticket %2 was already listed on another page</source>
        <translation>第 %1 页：上线单 %2 已在其他页中列出</translation>
    </message>
    <message>
        <source>the next link leads off the portal&apos;s site</source>
        <translation>下一页链接离开了上线平台的站点</translation>
    </message>
    <message>
        <source>page %1 (%2): %3</source>
        <translation>第 %1 页（%2）：%3</translation>
    </message>
    <message>
        <source>the portal counts %1 tickets but %2 were read</source>
        <translation>平台统计有 %1 个上线单，但只读到 %2 个</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>上线单</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation>可并行</translation>
    </message>
    <message>
        <source>Portal status</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <source>Release state</source>
        <translation>上线状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>TimelineSvg</name>
    <message>
        <source>Run timeline</source>
        <translation>运行时间线</translation>
    </message>
    <message>
        <source>%1 · not started</source>
        <translation>%1 · 未开始</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 ✓ %2 ✗ %3 ? %4 skipped</source>
        <translation>%1 ✓ %2 ✗ %3 ? 跳过 %4</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>#%1 %2: %3, %4</source>
        <translation>#%1 %2：%3，%4</translation>
    </message>
    <message>
        <source>No run yet. Once a release starts, each ticket&apos;s release shows here as a bar on a time axis, grouped by batch.</source>
        <translation>还没有运行。开始上线后，每个上线单的上线会在这里按批次分组，以时间轴上的色条显示。</translation>
    </message>
    <message>
        <source>%1 · not started</source>
        <translation>%1 · 未开始</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>✓%1  ✗%2  ?%3  skipped %4</source>
        <translation>✓%1  ✗%2  ?%3  跳过 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n 个批次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) waiting to start.</source>
        <translation>
            <numerusform>%n 个批次等待开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 started, %2 not started</source>
        <translation>已开始 %1 个，未开始 %2 个</translation>
    </message>
</context>
<context>
    <name>ValueCapture</name>
    <message>
        <source>the regular expression of {%1} is invalid: %2</source>
        <translation>{%1} 的正则表达式无效：%2</translation>
    </message>
    <message>
        <source>the regular expression of {%1} matches nothing</source>
        <translation>{%1} 的正则表达式没有匹配到任何内容</translation>
    </message>
    <message>
        <source>{%1}: the answer is not JSON (%2)</source>
        <translation>{%1}：应答不是 JSON（%2）</translation>
    </message>
    <message>
        <source>{%1}: the answer has nothing at the JSON path &quot;%2&quot;</source>
        <translation>{%1}：应答中 JSON 路径 &quot;%2&quot; 处没有内容</translation>
    </message>
    <message>
        <source>{%1}: the answer is empty or not HTML</source>
        <translation>{%1}：应答为空或不是 HTML</translation>
    </message>
    <message>
        <source>{%1}: nothing on the page matches the XPath %2</source>
        <translation>{%1}：页面上没有内容匹配 XPath %2</translation>
    </message>
    <message>
        <source>{%1}: the XPath is invalid: %2</source>
        <translation>{%1}：XPath 无效：%2</translation>
    </message>
    <message>
        <source>{%1}: the element found by %2 is empty</source>
        <translation>{%1}：%2 找到的元素为空</translation>
    </message>
    <message>
        <source>{%1}: the element found by %2 has no attribute %3</source>
        <translation>{%1}：%2 找到的元素没有属性 %3</translation>
    </message>
    <message>
        <source>{%1}: the capture names no JSON path, XPath or regular expression</source>
        <translation>{%1}：该捕获没有指定 JSON 路径、XPath 或正则表达式</translation>
    </message>
    <message>
        <source>{%1}: the portal set no cookie named %2</source>
        <translation>{%1}：平台没有设置名为 %2 的 Cookie</translation>
    </message>
    <message>
        <source>cookie %1</source>
        <translation>Cookie %1</translation>
    </message>
    <message>
        <source>login answer, JSON path %1</source>
        <translation>登录应答，JSON 路径 %1</translation>
    </message>
    <message>
        <source>JSON path %1</source>
        <translation>JSON 路径 %1</translation>
    </message>
    <message>
        <source>regex %1</source>
        <translation>正则 %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>WebhookEvent</name>
    <message>
        <source>ReleaseDesk: a release failed</source>
        <translation>ReleaseDesk：有上线失败</translation>
    </message>
    <message>
        <source>ReleaseDesk: a release outcome is unknown</source>
        <translation>ReleaseDesk：有上线结果未知</translation>
    </message>
    <message>
        <source>ReleaseDesk: release finished</source>
        <translation>ReleaseDesk：上线完成</translation>
    </message>
    <message>
        <source>ReleaseDesk: release stopped</source>
        <translation>ReleaseDesk：上线已停止</translation>
    </message>
    <message>
        <source>ReleaseDesk: release cancelled</source>
        <translation>ReleaseDesk：上线已取消</translation>
    </message>
    <message>
        <source>ReleaseDesk: test message</source>
        <translation>ReleaseDesk：测试消息</translation>
    </message>
    <message>
        <source>%1, run %2</source>
        <translation>%1，运行 %2</translation>
    </message>
</context>
<context>
    <name>WebhookNotifier</name>
    <message>
        <source>no webhook URL is set</source>
        <translation>未设置 Webhook 地址</translation>
    </message>
    <message>
        <source>%1 did not answer (%2)</source>
        <translation>%1 没有应答（%2）</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 应答 HTTP %2</translation>
    </message>
    <message>
        <source>%1 refused the message: %2 (%3)</source>
        <translation>%1 拒绝了消息：%2（%3）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Release tickets from a release portal, batch by batch. With --profile and --user it connects at once (password from RELEASEDESK_PASSWORD) and reads the ticket list.</source>
        <translation>从上线平台按批次上线。指定 --profile 和 --user 时立即连接（密码取自 RELEASEDESK_PASSWORD）并读取上线单列表。</translation>
    </message>
    <message>
        <source>Site profile file, or the name of a built-in one (demo).</source>
        <translation>站点配置文件，或内置配置的名称（demo）。</translation>
    </message>
    <message>
        <source>Override the profile&apos;s base URL.</source>
        <translation>覆盖站点配置中的基础 URL。</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>Save a picture of the window to this file, then quit.</source>
        <translation>将窗口截图保存到此文件，然后退出。</translation>
    </message>
    <message>
        <source>When to take the picture (default 5000).</source>
        <translation>截图时间（毫秒，默认 5000）。</translation>
    </message>
</context>
</TS>
