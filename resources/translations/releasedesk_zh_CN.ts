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
    <name>FailurePolicy</name>
    <message>
        <source>stop at the first failed or unknown ticket: no new request goes out, the ones in flight finish, the rest is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish the batch in which a ticket failed or became unknown, then stop: no later batch starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go on with every approved batch; only the tickets that depend on a failed or unknown one are held back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRuleReader</name>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object (or a header text / JSON path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one of header, xpath or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give only one of header, xpath or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON list needs path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path is for JSON lists; an HTML list needs header or xpath</source>
        <translation type="unfinished"></translation>
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
    <name>ListSection</name>
    <message>
        <source>missing (an object is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;html&quot; or &quot;json&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (an object mapping ticket fields to columns is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: every ticket needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: give release_link or release_url_template</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>LoginJob</name>
    <message>
        <source>the portal session was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login page %1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no redirect to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cookie &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name or password was not accepted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginSection</name>
    <message>
        <source>missing (an object is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: say how a successful login looks (redirect_contains, cookie or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: say how an expired session looks (redirect_contains, status_codes or text)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectReader</name>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (a non-empty string is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of HTTP status codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an HTTP status code (100-599)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRead</name>
    <message>
        <source>the read was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal session was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found the session expired %2 times although other pages were read in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (while reading %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (after %3 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished">%1 应答 HTTP %2</translation>
    </message>
</context>
<context>
    <name>PagingSection</name>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: page_count and total need a page_template to build page URLs</source>
        <translation type="unfinished"></translation>
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
    <name>PortalSession</name>
    <message>
        <source>the session expired and logging in again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal ended the session %1 times in a row before a single answer came back; logging in again does not help (check the profile&apos;s login.expired rules and whether the account may hold a session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChecks</name>
    <message>
        <source>not a valid regular expression (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid XPath (unbalanced brackets or quotes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (must be 1 or 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported (this ReleaseDesk reads 1 and 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute http:// or https:// URL, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>the portal&apos;s list could not be read (%1): still unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseExecutor</name>
    <message>
        <source>no approved batch to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2 tickets in %3 approved batches, limit %4, policy %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, batches overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: no new release requests; %1 in flight finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 in flight finish, nothing else is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 (%2): %n ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1: re-reading every list page before release</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: re-reading %n list page(s) that hold its tickets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the re-check could not read the portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for #%1, which is not among the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for #%1, which comes in a later batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held back: #%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already %1: not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the history cannot record the release (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history database cannot record releases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal session is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history database cannot record outcomes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned away: the session had expired, the portal did not act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, check on the portal: turned away %1 times in a row as if the session had expired, although ReleaseDesk logged in again each time; not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned away because the session had expired; sent again after logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 was turned away because the session had expired (the portal did not act): sending it again after logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after #%1 was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (its batch was finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for a dependency that is placed after it in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping new releases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseRecheck</name>
    <message>
        <source>no portal session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the re-check was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer on the portal&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer pending on the portal (status: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version changed on the portal since approval: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal shows no release link for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseSection</name>
    <message>
        <source>must be &quot;GET&quot; or &quot;POST&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;refused&quot; (the default) or &quot;unknown&quot;</source>
        <translation type="unfinished"></translation>
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
        <translation>读取已取消；保留 %1。</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>已读取 %1。</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the portal lists %1 tickets but %2 were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket list is incomplete: %1 of %2 page(s) could not be read (%3). Kept %4; nothing is planned from a partial list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %1; the portal ended the session %n time(s) on the way and ReleaseDesk logged in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>outcome unknown since run %1: not sent again on its own; check it on the portal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release started: %n ticket(s); %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished">已停止</translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 released, %3 failed, %4 unknown, %5 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n sent again after the portal turned them away on an expired session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; stopped by the failure policy</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket list is incomplete: %1 of %2 page(s) could not be read (%3). Nothing is planned from a partial list.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ticket still waits for its dependencies, and never goes out with a conflicting or non-concurrent ticket; only approved batches ever run.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in before scraping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrape cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1: ticket %2 was already listed on another page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next link leads off the portal&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal counts %1 tickets but %2 were read</source>
        <translation type="unfinished"></translation>
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
