<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalDialog</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release %n ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n batch(es): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parallel</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serial</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests are sent to the portal as soon as the run is started. Nothing can be taken back once the portal has released it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release history — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a release portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the profile says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open site profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered (%1); the password will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the password will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ReleaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password remembered in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not remembered: no system keychain answered (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Choose Connect… to log in to a release portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve &amp;batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch in the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve &amp;all remaining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck on portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected (or all unknown) tickets&apos; status on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;unknown outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ticket list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: requests in flight finish, no new ones start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket is selected and no outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. Limits apply from the next connection; the language from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release is running: pause or cancel it before quitting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>This build has no keychain support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 · %2 · 1 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 · %2 · %3 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch / ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>When a release &amp;fails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan breaks %n constraint(s); it cannot be started until they are fixed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move to batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New batch at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exclude from the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected tickets (or the second half) move into a new batch after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve this batch…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>duplicate of an earlier ticket %1; only the first is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket id %1 appears more than once; only the first is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pending (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for %1, which is not among the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2, which is not among the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for %1, which is not released (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2, which failed or is not released (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for %1 (held back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for a dependency cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a dependency cycle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alone (not concurrent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 (dependency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apart from %1 (same %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later, to fill a batch (no extra time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with others (no conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved here by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split off by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged by hand (was: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for %1 (not in the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put back by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the plan more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the plan but not among the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not concurrent but shares parallel batch %2 with other tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have the same %3 (%4) in parallel batch %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2, which is neither in the plan nor released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (batch %2) runs before its dependency %3 (batch %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs in parallel with its dependency %2 (batch %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs before its dependency %2 in serial batch %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is pending but neither planned nor held back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseWorkflow</name>
    <message>
        <source>The release history cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release is running; cancel it before connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal ended the session; logged in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ticket list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) from %1 page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading cancelled; kept %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ticket list failed (%1 page(s) failed): %2. Kept %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1 ticket(s) in %2 batch(es) (at least %3 steps are needed, the plan takes %4); %5 held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 approved %n batch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is approved: approve a batch before starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan breaks %n constraint(s); fix them before starting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The release could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release started: %n ticket(s), failure policy &quot;%1&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Release finished: %1 of %2 released, %3 failed, %4 unknown, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure policy stopped the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcomes may or may not have been released: check them on the portal before anything else (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: requests in flight finish, no new ones start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: requests in flight finish, the rest is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n ticket(s) on the portal…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking on the portal failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is no longer listed on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released (confirmed on the portal: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still pending on the portal: not released; plan and approve it again to send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 on the portal: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseState</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStatusWidget</name>
    <message>
        <source>%1 / %2 pages · %3 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages · %2 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 released</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>elapsed %1, about %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the profile says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in &amp;flight at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;interval between requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a release &amp;fails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of language takes effect when ReleaseDesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at the first failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the batch, then stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with the rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatePresentation</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown — check on portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <source>Only &amp;unknown outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tickets (any column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the tickets whose release may or may not have happened; check them on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Release tickets from a release portal, batch by batch. With --profile and --user it connects at once (password from RELEASEDESK_PASSWORD) and reads the ticket list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site profile file, or the name of a built-in one (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the profile&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to this file, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to take the picture (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
