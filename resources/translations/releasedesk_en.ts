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
    <message numerus="yes">
        <source>PRODUCTION: %n batch(es) release to production: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>I &amp;confirm that these tickets go out to production now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charset</name>
    <message>
        <source>the HTTP Content-Type header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page&apos;s &lt;meta&gt; charset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes (valid UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default (nothing declared)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlTransfer</name>
    <message>
        <source>libcurl could not create a handle</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>stop at the first failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish the batch, then stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue</source>
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
    <message>
        <source>give regex (a value) or marker (true when it matches), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map at least one value</source>
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
    <message>
        <source>Duration</source>
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
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With unknown outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With skipped tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All applications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>ReleaseDesk run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
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
        <source>Failure policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>about to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned away (session expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-sent by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlDocument</name>
    <message>
        <source>invalid expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XPath &quot;%1&quot; does not select nodes</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&quot;%1&quot; is also in %2</source>
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
    <message>
        <source>%1 (installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the profile against the portal without releasing anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginFormExtractor</name>
    <message>
        <source>no form matches login.form_xpath &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no form on the page holds the fields %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login page is empty or not HTML</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>form_charset in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form&apos;s accept-charset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login page declares charset=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login page declares no charset: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login API answered without the success the profile expects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login API answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: reading %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: %2 answered HTTP %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in, but a captured value is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} = %2  (%3)</source>
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
        <source>Approve &amp;batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve &amp;all remaining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected (or all unknown) tickets&apos; status on the portal</source>
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
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release outcome is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Planned %n ticket(s); approve them to send.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n ticket(s); %1 left out (see the log).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Team chat told (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team chat message was not delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;d tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop readin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ru&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k on portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only unkno&amp;wn outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) not yet sent will be skipped. Requests in flight finish; nothing is taken back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ReleaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk %1

Plans, approves and runs releases on a web release portal, and keeps a history of every request.

Built with Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPool</name>
    <message>
        <source>%1 is not on the portal&apos;s site %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes (politeness.max_page_bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to %2, outside the portal&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 redirects</source>
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
        <source>%1 (while reading %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 found the session expired %n time(s) although other pages were read in between</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered HTTP %2 %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered HTTP %2 (after %n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>give next or next_xpath, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next link is found by xpath, not by header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs next (or next_text) to give its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain {page}, {offset} or {start}</source>
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
    <message>
        <source>running, some failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 released, %3 not</source>
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
    <message>
        <source>Select a batch or a ticket to see why it is where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet: read the tickets to get one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases to production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1 — %2</source>
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
    <name>PortalError</name>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused to leave the portal&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal keeps asking to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login form not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site profile error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Error category, then the specific message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalSession</name>
    <message>
        <source>the session expired and logging in again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the portal ended the session %n time(s) in a row before a single answer came back; logging in again does not help (check the profile&apos;s login.expired rules and whether the account may hold a session)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCheck</name>
    <message>
        <source>#%1  %2 %3  %4  status &quot;%5&quot; (%6)  depends on: %7  %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may run alongside others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (format %2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is used in a request, but no capture, credential or list column gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a capture or a list column named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean {%1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials encoded in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer decoded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set login.form_xpath, or login.form_fields to input names of the login form (user field &quot;%1&quot;, password field &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the page after logging in and check the capture&apos;s xpath and attribute, json_path or cookie name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the user and password, login.request.success (status_codes, json_path) and the body&apos;s field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form posts %1: the page declares charset=%1; remove form_charset (or set it to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password has non-ASCII characters and was sent as UTF-8; if the portal decodes forms in another charset (GBK), set form_charset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the user and password, then login.success (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal wants another content type: give login.request a {&quot;json&quot;: …} body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check login.page and login.request.url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check login.page, login.request and the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check base_url and that the portal is reachable (tls.ca_file for an internal CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check list.first_page; the headers for page reads (headers.page) must be what the portal expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decoded as %2 (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page holds bytes that are not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set encoding in the profile to the portal&apos;s charset (e.g. gbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare list.row_xpath, header_xpath and the column rules with the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows matched, %2 tickets read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first page gave no ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list.row_xpath must select one node per ticket row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list.items_path must lead to the array of tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the column rule the message names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket on the first page is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list.pending_statuses must hold the status text of tickets waiting for release (found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first pending ticket: #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: no header &quot;%2&quot; on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set list.columns.%1.header to one of the headers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal says %1 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), all requested at once: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>pages followed one by one, next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one page holds every ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no way to the next page was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set list.paging: a page_template with page_count or total, or a next link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acting request needs every {value}: from a capture, an earlier step or a list column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would send (not sent): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot; (a read, sent now): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check release.steps[%1].url: the page must exist for a pending ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check release.steps[%1].captures.%2 against the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot; captured {%2} = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %n request(s) in flight, %1 ms apart at least</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCheckDialog</name>
    <message>
        <source>Checking the profile against %1… (nothing is released)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. Nothing was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found, each with its likely fix. Nothing was released.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCheckReport</name>
    <message>
        <source>  ✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>&quot;%1&quot; is not a character set this ReleaseDesk can decode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileVerdict</name>
    <message>
        <source>not on the portal&apos;s list any more: still unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal still shows it pending (%1): it was not released; re-send only if you decide to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal shows it released (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal shows it failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal shows %1: check again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>the portal&apos;s list could not be read (%1): still unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: the process ended before the answer came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: run %1 was interrupted before the answer came</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n release request(s) of an interrupted run have no answer: checking them on the portal; nothing is re-sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checked on the portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not re-sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-sent on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 re-sent: %2</source>
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
    <message numerus="yes">
        <source>Run %1: %n ticket(s) in %2 approved batch(es), limit %3, policy: %4%5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown, check on the portal: turned away %n time(s) in a row as if the session had expired, although ReleaseDesk logged in again each time; not sent again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Batches %1: re-reading every list page before release</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batches %1: re-reading %n list page(s) that hold their tickets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleasePreparation</name>
    <message>
        <source>cancelled while preparing the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: no value for {%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot; leaves the portal&apos;s origin (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SENDABLE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (acting, sent once): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
    captures %1</source>
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
    <name>ReleaseSender</name>
    <message>
        <source>ticket %1 has no release link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1: release link leaves the portal&apos;s origin (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1: no value for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the release URL leaves the portal&apos;s origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
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
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseVerdict</name>
    <message>
        <source>no answer within the release timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before the answer came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted while waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A transport problem, then libcurl&apos;s own words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, check on the portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released (redirected to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, check on the portal: the session expired on the release click (redirected to the login page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, check on the portal: unexpected redirect (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused: too many requests (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, check on the portal: the session expired on the release click (login page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, check on the portal: HTTP %1, the answer says neither success nor failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, check on the portal: HTTP %1, the answer says neither success nor failure: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, check on the portal: the session expired on the release click (HTTP %1)</source>
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
    <message>
        <source>Reading cancelled; kept %1.</source>
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
    <message>
        <source>The portal session is gone: %1. Connect again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 was interrupted: %n release request(s) had no answer; checking them on the portal…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier release request(s) ended with an unknown outcome; checking them on the portal…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 was released (the portal shows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 failed on the portal (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is still pending on the portal: it was not released. Nothing is re-sent; plan and approve it again to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is still unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 earlier request(s) on the portal: %2 settled, %3 not; nothing was re-sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: no answer, the outcome is unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on the portal before anything else: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the portal before retrying %n failed ticket(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the portal before resuming %n skipped ticket(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the portal failed: %1. Nothing was planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is no longer listed on the portal; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to retry: the portal shows it as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to resume: the portal shows it as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is not pending on the portal (%2); left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is held back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Planned %n failed ticket(s) to retry in %1 batch(es); approve them to send.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n skipped ticket(s) to resume in %1 batch(es); approve them to send.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) from %1 of %2 page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted: the process ended before the answer came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 shows %2 on the portal, which the profile does not list as retryable; left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestSpecReader</name>
    <message>
        <source>{%1}: used in a request, but no capture, credential or list column gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of header names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid HTTP header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, {&quot;form&quot;: {…}} or {&quot;json&quot;: {…}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of field names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be GET or POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GET request cannot carry a JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;form&quot; or &quot;api&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API login needs the URL it posts to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API login needs a body holding {user} and {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an HTTP status code (100-599)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a captured value&apos;s name must be letters, digits, _ . or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object (page/xpath/attribute/regex, cookie or json_path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cookie capture takes only cookie (and regex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs json_path, xpath or regex to find the value in the login answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;login_answer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs page (the page to read), cookie, or from: &quot;login_answer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs json_path, xpath or regex to find the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an xpath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object: name → where to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with all, page, login and release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;release_link&quot; or &quot;row_form&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a url, or from: &quot;release_link&quot; / &quot;row_form&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be given together with from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last (acting) step&apos;s answer is judged, not read for values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last step may change anything: earlier steps are reads (GET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a charset name such as GBK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCounts</name>
    <message>
        <source>%1 released · %2 failed · %3 unknown · %4 skipped · %5 remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 released</source>
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
    <name>RunSummary</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>; %1</source>
        <extracomment>A run summary, then the error that ended the run.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSummaryPanel</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the portal, then plans exactly the failed tickets it shows pending again; you approve the new plan before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the portal, then plans the skipped tickets still pending; you approve the new plan before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the portal&apos;s list to settle the unknown outcomes; sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished: all %1 ticket(s) released in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished in %1: %2 of %3 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run stopped after %1: %2 of %3 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cancelled after %1: %2 of %3 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcomes may or may not have been released: check them on the portal before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y failed (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the r&amp;est (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check unknown on p&amp;ortal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message>
        <source>Outside any batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScrapeBanner</name>
    <message>
        <source>Read the list again</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Send a &amp;test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk (钉钉)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom (企业微信)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu / Lark (飞书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming webhook URL; empty: no team chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing secret, if the robot has one (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat &amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message goes out at the first failure and the first unknown outcome of a run and when it ends, with the run&apos;s counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the webhook URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent from the settings of ReleaseDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
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
    <name>TicketExtractor</name>
    <message>
        <source>the page is empty or not HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column headed %1; the headers are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: no ticket id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (ticket %2): no release link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list of items at &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: no ticket id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 (ticket %2): no release link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page nests elements more than %1 levels deep; the HTML parser stops there, so the rest of the page (and the list) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketField</name>
    <message>
        <source>ticket id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
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
    <message>
        <source>Only unkno&amp;wn outcomes</source>
        <translation type="unfinished"></translation>
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
    <name>TimelineSvg</name>
    <message>
        <source>Run timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓ %2 ✗ %3 ? %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>#%1 %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet. Once a release starts, each ticket&apos;s release shows here as a bar on a time axis, grouped by batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓%1  ✗%2  ?%3  skipped %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) waiting to start.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 started, %2 not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueCapture</name>
    <message>
        <source>the regular expression of {%1} is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regular expression of {%1} matches nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: the answer is not JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: the answer has nothing at the JSON path &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: the answer is empty or not HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: nothing on the page matches the XPath %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: the XPath is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: the element found by %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: the element found by %2 has no attribute %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: the capture names no JSON path, XPath or regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: the portal set no cookie named %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login answer, JSON path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookEvent</name>
    <message>
        <source>ReleaseDesk: a release failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk: a release outcome is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk: release finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk: release stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk: release cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk: test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, run %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookNotifier</name>
    <message>
        <source>no webhook URL is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the message: %2 (%3)</source>
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
