<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message>
        <source>Plan emailed to the client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan email not sent yet: {0}. It is tried again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan email waiting to be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the client's first visit on record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing suggested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since the last visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New flag: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No longer flagged: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}  →  {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>‹  Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export (FHIR JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete past the retention period…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete every consultation older than {0} days?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each of them for good: the client's answers, flags, plan, signed consent and signature, and every decision and note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answers of consultations abandoned more than {0} hours ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients left with no consultation are erased with them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold to delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New accounts and new PINs are made with 'clinic-kiosk staff-user', where each person types their own PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} failed sign-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>‹  Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chain is unbroken ({0} events).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: {0}. Someone changed the records outside the kiosk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CannotStartNotice</name>
    <message>
        <source>The kiosk cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sorry, this kiosk is not available just now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please ask at the front desk. We will be glad to help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For staff: the kiosk could not start.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and 1 more.</numerusform><numerusform>…and %n more.</numerusform></translation>
    </message>
    <message>
        <source>the console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every detail is in the log: {0}. Once it is put right, tap Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Suits you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talk with us first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not for you now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explore and compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How each treatment helps with what you chose. Tap a treatment to learn more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(from {0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>●●● very well   ●●○ well   ●○○ a little   ○○○ not really</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our suggestion for you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not help with what you chose</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Helps with %n of what you chose</source>
        <translation>
            <numerusform>Helps with 1 of what you chose</numerusform><numerusform>Helps with %n of what you chose</numerusform></translation>
    </message>
    <message>
        <source>A very good match for you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A good match for you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Helps a little with what you chose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next to our suggestion: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check with us for your skin tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The best of these for {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Costs less than {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Costs more than {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fewest sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quickest recovery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lowest cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fewer sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quicker to recover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>longer to recover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>costs less</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>costs more</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>1 session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message>
        <source>{0} to {1} sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no time to recover</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) to recover</source>
        <translation>
            <numerusform>1 day to recover</numerusform><numerusform>%n days to recover</numerusform></translation>
    </message>
    <message>
        <source>{0} to {1} days to recover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} for the course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Because of your answers, treatment can start from {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I'd like to hear about this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓  We will tell you about it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>‹  Back to the comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it works</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to expect on the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skin tones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Clear the signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome back. You signed this notice last time, and your signature is kept. Please read it and tap to agree again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome back. This notice has changed since your last visit: please read it, agree and sign again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please tap to agree, type your name and sign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please type your name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please sign with your finger.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsultationPage</name>
    <message>
        <source>‹  Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born {0} (age {1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started {0} on {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content version {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrived at {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No flags were raised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifts on {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatments: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers, as asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not submitted: no answers were kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan as given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plan: the consultation was not submitted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client's language: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase this client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase {0} for good?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their name, date of birth, phone and email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every consultation of theirs, this one included: the answers, the flags, the plan, the signed consent and the signature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every decision and note about them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail keeps only that a client was erased, and by whom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold to erase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needle depth {0:g} to {1:g} mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client would like to hear about: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client is still waiting for a printed copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview handout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No consent was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typed name: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed {0} UTC, notice {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read in {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text fingerprint {0}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> until {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note for the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A practitioner decides on this consultation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a submitted consultation can be decided.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skin type (confirm):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed skin type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defer until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (needed when approving over a flag)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan cannot be worked out again with today's content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (changed from {0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With this skin type: {0}, {1}{2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a decision first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DangerConfirmation</name>
    <message>
        <source>This cannot be undone. Hold the red button for 2 seconds to confirm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no {0} {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A month is a number from 1 to 12.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please finish the date (day, month and a four-digit year), or clear it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmailChoice</name>
    <message>
        <source>Email me my plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To {0}. The email only says that your plan is attached.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>Help asked at kiosk {0}, {1} min ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(before their consultation began)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(their consultation is marked below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>‹  Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answers are not saved yet. Please let the front desk know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing your plan...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your plan is printing. Please collect it from the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We could not print your plan just now. Nothing is lost: the front desk will print your copy for you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing your printout...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking the front desk...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone from the front desk is coming.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please go to the front desk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capital letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accented letters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageTools</name>
    <message>
        <source>Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please help me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message from the front desk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print my plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See my printout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We could not suggest a treatment from your answers today. A practitioner will talk with you about what else could help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why: it helps with {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic will confirm the dates with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We will set the dates with you once your skin is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost: {0} to {1} for the course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Getting ready</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintoutPreview</name>
    <message>
        <source>Your printout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message numerus="yes">
        <source>%n question(s) still need an answer: see the orange mark.</source>
        <translation>
            <numerusform>1 question still needs an answer: see the orange mark.</numerusform><numerusform>%n questions still need an answer: see the orange mark.</numerusform></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs print</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Consultations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server cannot be reached just now. Consultations stay safe on the kiosks; this list updates by itself when the server is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name, or date of birth (14/03/1988)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than {0} shown, {1} awaiting review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} shown, {1} awaiting review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Your results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good news: {0} suits you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your personal plan is on the next screens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} may suit you. A practitioner will talk it through with you first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is usual, and it keeps your treatment safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not today, but from {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} can start then. Your plan is on the next screens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not today, but soon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} can start once the reasons below have passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These treatments are not right for you at the moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please talk to us at the front desk: we are happy to help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(from {0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before your treatment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing here is a diagnosis. A practitioner reviews every answer before any treatment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReturningPage</name>
    <message>
        <source>I have been here before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To find your details, please give your date of birth and the first letters of your first and last names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your initials (for example AS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your initials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please also give the last {0} digits of your mobile number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last digits of your mobile number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for your details...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We cannot look up your details just now. Please tap Next to fill them in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We found your details. Tap Next: please check them, and change anything that is no longer right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We need one more detail to find you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We could not find you. Please tap Next and fill in your details: the front desk can link your visits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please tap Find me, or go back and tap Start.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Staff: who are you?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff: your user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your user name first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>‹  Someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  (locked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no staff accounts yet: an admin adds them with 'clinic-kiosk staff-user add'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: your PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account is locked. An admin can unlock it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many wrong PINs. Please wait and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That user name or PIN is not right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff sign-in is not available right now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SkinTypePage</name>
    <message>
        <source>Answer the questions above, or choose your skin type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answers suggest skin type {0}. You can change it if you know better.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffAnswer</name>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffAuditAction</name>
    <message>
        <source>Restored the database from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made the clinic's audit key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: not allowed for this role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered a call for help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looked at the printout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reprinted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved a copy of the printout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purged old records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erased a client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlocked an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset a PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added demo data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffAuditDetail</name>
    <message>
        <source>kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>help request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consultations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>older than (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>abandoned drafts cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asked to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skin type confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>computer user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too soon after wrong PINs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffColumn</name>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffCorner</name>
    <message>
        <source>Staff access (press and hold)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffDecision</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defer until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffFilter</name>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffOutcome</name>
    <message>
        <source>Not suitable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepare first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suitable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>front desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>practitioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffSignIn</name>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello, {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>{0}: staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the client screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kiosk's outbox: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: the audit trail was tampered with ({0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} until {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓  Decision saved: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓  Note added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This consultation has no plan to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No printer is set up here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing failed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not done: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported {0} consultations to {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export consultations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted {0} old consultations; cleared {1} abandoned drafts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear my answers now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>For your privacy, your answers will be cleared in %n second(s).</source>
        <translation>
            <numerusform>For your privacy, your answers will be cleared in 1 second.</numerusform><numerusform>For your privacy, your answers will be cleared in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please take a seat. A practitioner will see you soon and go through your plan with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you, {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find out which skin treatments suit you, and take home your own plan. It takes about 10 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer at your own pace: you can go back at any time. If you need reading glasses or help, please ask at the front desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>For your privacy: if nobody touches the screen for %n second(s), we ask whether you are still there, and then clear your answers.</source>
        <translation>
            <numerusform>For your privacy: if nobody touches the screen for 1 second, we ask whether you are still there, and then clear your answers.</numerusform><numerusform>For your privacy: if nobody touches the screen for %n seconds, we ask whether you are still there, and then clear your answers.</numerusform></translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Next</source>
        <extracomment>counted in the progress bar the idle countdown runs while this page is shown the window shows Back and Next for it Next stays disabled (rather than explaining) until the page is complete</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>fit</name>
    <message>
        <source>very well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a little</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not really</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>