<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApprovalDialog</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n）</numerusform></translation>
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
            <numerusform>上线 %n 个上线单</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n batch(es): </source>
        <translation>
            <numerusform>共 %n 个批次：</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n parallel</source>
        <translation>
            <numerusform>并行 %n 个</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n serial</source>
        <translation>
            <numerusform>串行 %n 个</numerusform></translation>
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
        <source>Portal</source>
        <translation>平台</translation>
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
        <source>&amp;Read tickets</source>
        <translation>读取上线单(&amp;R)</translation>
    </message>
    <message>
        <source>Stop &amp;reading</source>
        <translation>停止读取(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Plan again</source>
        <translation>重新编排(&amp;P)</translation>
    </message>
    <message>
        <source>Approve &amp;batch…</source>
        <translation>审批批次(&amp;B)…</translation>
    </message>
    <message>
        <source>Select a batch in the plan first.</source>
        <translation>请先在计划中选择一个批次。</translation>
    </message>
    <message>
        <source>Approve &amp;all remaining…</source>
        <translation>审批全部剩余批次(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Start release</source>
        <translation>开始上线(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消上线(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;heck on portal</source>
        <translation>到平台核实(&amp;H)</translation>
    </message>
    <message>
        <source>Read the selected (or all unknown) tickets' status on the portal</source>
        <translation>到平台读取所选（或全部未知）上线单的状态</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
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
        <source>Only &amp;unknown outcomes</source>
        <translation>仅显示结果未知(&amp;U)</translation>
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
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
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
            <numerusform>计划违反了 %n 条约束，修正之前无法开始上线：</numerusform></translation>
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
    <name>ReleaseWorkflow</name>
    <message numerus="yes">
        <source>Run %1 was interrupted: %n release request(s) had no answer; checking them on the portal…</source>
        <translation>
            <numerusform>第 %1 次运行被中断：%n 个上线请求没有收到应答；正在门户上核对…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier release request(s) ended with an unknown outcome; checking them on the portal…</source>
        <translation>
            <numerusform>之前有 %n 个上线请求结果未知；正在门户上核对…</numerusform></translation>
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
    <message numerus="yes">
        <source>%n ticket(s) from %1 page(s)</source>
        <translation>
            <numerusform>%n 个上线单，共 %1 页</numerusform></translation>
    </message>
    <message>
        <source>Reading cancelled; kept %1.</source>
        <translation>读取已取消；保留 %1。</translation>
    </message>
    <message>
        <source>Reading the ticket list failed (%1 page(s) failed): %2. Kept %3.</source>
        <translation>读取上线单列表失败（%1 页失败）：%2。保留 %3。</translation>
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
            <numerusform>%1 审批了 %n 个批次</numerusform></translation>
    </message>
    <message>
        <source>Nothing is approved: approve a batch before starting.</source>
        <translation>尚未审批任何批次：请先审批批次再开始。</translation>
    </message>
    <message numerus="yes">
        <source>The plan breaks %n constraint(s); fix them before starting.</source>
        <translation>
            <numerusform>计划违反了 %n 条约束；请先修正再开始。</numerusform></translation>
    </message>
    <message>
        <source>The release could not start: %1</source>
        <translation>无法开始上线：%1</translation>
    </message>
    <message numerus="yes">
        <source>Release started: %n ticket(s), failure policy "%1".</source>
        <translation>
            <numerusform>开始上线：%n 个上线单，失败策略“%1”。</numerusform></translation>
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
            <numerusform>正在到平台核实 %n 个上线单…</numerusform></translation>
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
    <name>RunStatusWidget</name>
    <message>
        <source>%1 / %2 pages · %3 tickets</source>
        <translation>%1 / %2 页 · %3 个上线单</translation>
    </message>
    <message>
        <source>%1 pages · %2 tickets</source>
        <translation>%1 页 · %2 个上线单</translation>
    </message>
    <message>
        <source>%1 / %2 released</source>
        <translation>已上线 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 个请求进行中</numerusform></translation>
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
        <source>Requests in &amp;flight at most:</source>
        <translation>最多同时请求数(&amp;F)：</translation>
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
        <source>Only &amp;unknown outcomes</source>
        <translation>仅显示结果未知(&amp;U)</translation>
    </message>
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
        <source>Override the profile's base URL.</source>
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