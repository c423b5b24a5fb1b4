<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Plan emailed to the client.</source>
        <translation>أُرسلت الخطة إلى العميل بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Plan email not sent yet: {0}. It is tried again.</source>
        <translation>لم تُرسل رسالة الخطة بعد: {0}. ستُعاد المحاولة.</translation>
    </message>
    <message>
        <source>Plan email waiting to be sent.</source>
        <translation>رسالة الخطة في انتظار الإرسال.</translation>
    </message>
    <message>
        <source>Earlier visits</source>
        <translation>الزيارات السابقة</translation>
    </message>
    <message>
        <source>This is the client&apos;s first visit on record.</source>
        <translation>هذه أول زيارة مسجّلة لهذا العميل.</translation>
    </message>
    <message>
        <source>nothing suggested</source>
        <translation>لم يُقترح شيء</translation>
    </message>
    <message>
        <source>Since the last visit</source>
        <translation>منذ الزيارة السابقة</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>New flag: {0}</source>
        <translation>تنبيه جديد: {0}</translation>
    </message>
    <message>
        <source>No longer flagged: {0}</source>
        <translation>زال التنبيه: {0}</translation>
    </message>
    <message>
        <source>{0}  →  {1}</source>
        <translation>{0}  ←  {1}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>‹  Queue</source>
        <translation>›  قائمة الانتظار</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>الاستشارات</translation>
    </message>
    <message>
        <source>Export (FHIR JSON)</source>
        <translation>تصدير (FHIR JSON)</translation>
    </message>
    <message>
        <source>Export (CSV)</source>
        <translation>تصدير (CSV)</translation>
    </message>
    <message>
        <source>Delete past the retention period…</source>
        <translation>حذف ما تجاوز مدة الاحتفاظ…</translation>
    </message>
    <message>
        <source>Delete every consultation older than {0} days?</source>
        <translation>حذف كل استشارة مضى عليها أكثر من {0} يوم؟</translation>
    </message>
    <message>
        <source>Each of them for good: the client&apos;s answers, flags, plan, signed consent and signature, and every decision and note.</source>
        <translation>تُحذف كل واحدة منها نهائيًا: إجابات العميل والتنبيهات والخطة والموافقة الموقّعة والتوقيع، وكل قرار وملاحظة.</translation>
    </message>
    <message>
        <source>The answers of consultations abandoned more than {0} hours ago.</source>
        <translation>وكذلك إجابات الاستشارات المتروكة منذ أكثر من {0} ساعة.</translation>
    </message>
    <message>
        <source>Clients left with no consultation are erased with them.</source>
        <translation>ويُمحى معها العملاء الذين لا تبقى لهم أي استشارة.</translation>
    </message>
    <message>
        <source>Hold to delete</source>
        <translation>اضغط مطوّلًا للحذف</translation>
    </message>
    <message>
        <source>New accounts and new PINs are made with &apos;clinic-kiosk staff-user&apos;, where each person types their own PIN.</source>
        <translation>تُنشأ الحسابات الجديدة والأرقام السرية (PIN) الجديدة بالأمر &apos;clinic-kiosk staff-user&apos;، ويكتب فيه كل شخص رقمه السري بنفسه.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>{0} failed sign-ins</source>
        <translation>محاولات دخول فاشلة: {0}</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>إلغاء القفل</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>‹  Queue</source>
        <translation>›  قائمة الانتظار</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>The chain is unbroken ({0} events).</source>
        <translation>السلسلة سليمة (عدد الأحداث: {0}).</translation>
    </message>
    <message>
        <source>Warning: {0}. Someone changed the records outside the kiosk.</source>
        <translation>تحذير: {0}. غيّر أحدهم السجلات من خارج نظام الجهاز.</translation>
    </message>
</context>
<context>
    <name>CannotStartNotice</name>
    <message>
        <source>The kiosk cannot start</source>
        <translation>تعذّر تشغيل الجهاز</translation>
    </message>
    <message>
        <source>Sorry, this kiosk is not available just now.</source>
        <translation>عذرًا، هذا الجهاز غير متاح الآن.</translation>
    </message>
    <message>
        <source>Please ask at the front desk. We will be glad to help.</source>
        <translation>يُرجى السؤال في مكتب الاستقبال. يسعدنا أن نساعدك.</translation>
    </message>
    <message>
        <source>For staff: the kiosk could not start.</source>
        <translation>للموظفين: تعذّر تشغيل الجهاز.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ولا مشكلات أخرى.</numerusform>
            <numerusform>…ومشكلة أخرى.</numerusform>
            <numerusform>…ومشكلتان أخريان.</numerusform>
            <numerusform>…و%n مشكلات أخرى.</numerusform>
            <numerusform>…و%n مشكلة أخرى.</numerusform>
            <numerusform>…و%n مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>the console</source>
        <translation>الطرفية</translation>
    </message>
    <message>
        <source>Every detail is in the log: {0}. Once it is put right, tap Try again.</source>
        <translation>كل التفاصيل في السجل: {0}. بعد إصلاح الخلل، اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Suits you</source>
        <translation>مناسب لك</translation>
    </message>
    <message>
        <source>Talk with us first</source>
        <translation>نتحدث معك أولًا</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Not for you now</source>
        <translation>غير مناسب لك الآن</translation>
    </message>
    <message>
        <source>Explore and compare</source>
        <translation>استكشاف ومقارنة</translation>
    </message>
    <message>
        <source>How each treatment helps with what you chose. Tap a treatment to learn more.</source>
        <translation>كيف يساعد كل علاج فيما اخترته. يمكنك الضغط على أي علاج لمعرفة المزيد.</translation>
    </message>
    <message>
        <source>●●● very well   ●●○ well   ●○○ a little   ○○○ not really</source>
        <translation>●●● بدرجة كبيرة   ●●○ بدرجة جيدة   ●○○ قليلًا   ○○○ لا يكاد يساعد</translation>
    </message>
    <message>
        <source>(from {0})</source>
        <translation>(ابتداءً من {0})</translation>
    </message>
    <message>
        <source>Our suggestion for you</source>
        <translation>اقتراحنا لك</translation>
    </message>
    <message>
        <source>Does not help with what you chose</source>
        <translation>لا يساعد فيما اخترته</translation>
    </message>
    <message numerus="yes">
        <source>Helps with %n of what you chose</source>
        <translation>
            <numerusform>لا يساعد في أيٍّ مما اخترته</numerusform>
            <numerusform>يساعد في أمر واحد مما اخترته</numerusform>
            <numerusform>يساعد في أمرين مما اخترته</numerusform>
            <numerusform>يساعد في %n أمور مما اخترته</numerusform>
            <numerusform>يساعد في %n أمرًا مما اخترته</numerusform>
            <numerusform>يساعد في %n أمر مما اخترته</numerusform>
        </translation>
    </message>
    <message>
        <source>A very good match for you</source>
        <translation>مناسب لك جدًا</translation>
    </message>
    <message>
        <source>A good match for you</source>
        <translation>مناسب لك</translation>
    </message>
    <message>
        <source>Helps a little with what you chose</source>
        <translation>يساعد قليلًا فيما اخترته</translation>
    </message>
    <message>
        <source>Next to our suggestion: {0}</source>
        <translation>مقارنةً باقتراحنا: {0}</translation>
    </message>
    <message>
        <source>Check with us for your skin tone</source>
        <translation>نتحقق معك من ملاءمته للون بشرتك</translation>
    </message>
    <message>
        <source>The best of these for {0}</source>
        <translation>الأفضل بينها لعلاج {0}</translation>
    </message>
    <message>
        <source>Costs less than {0}</source>
        <translation>أقل تكلفة من {0}</translation>
    </message>
    <message>
        <source>Costs more than {0}</source>
        <translation>أكثر تكلفة من {0}</translation>
    </message>
    <message>
        <source>The fewest sessions</source>
        <translation>أقل عدد من الجلسات</translation>
    </message>
    <message>
        <source>The quickest recovery</source>
        <translation>أسرع تعافٍ</translation>
    </message>
    <message>
        <source>The lowest cost</source>
        <translation>أقل تكلفة</translation>
    </message>
    <message>
        <source>fewer sessions</source>
        <translation>جلسات أقل</translation>
    </message>
    <message>
        <source>more sessions</source>
        <translation>جلسات أكثر</translation>
    </message>
    <message>
        <source>quicker to recover</source>
        <translation>تعافٍ أسرع</translation>
    </message>
    <message>
        <source>longer to recover</source>
        <translation>تعافٍ أطول</translation>
    </message>
    <message>
        <source>costs less</source>
        <translation>تكلفة أقل</translation>
    </message>
    <message>
        <source>costs more</source>
        <translation>تكلفة أعلى</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>لا جلسات</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%n جلسات</numerusform>
            <numerusform>%n جلسة</numerusform>
            <numerusform>%n جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} to {1} sessions</source>
        <translation>من {0} إلى {1} جلسات</translation>
    </message>
    <message>
        <source>no time to recover</source>
        <translation>لا يحتاج إلى وقت للتعافي</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to recover</source>
        <translation>
            <numerusform>لا حاجة إلى أيام للتعافي</numerusform>
            <numerusform>يوم واحد للتعافي</numerusform>
            <numerusform>يومان للتعافي</numerusform>
            <numerusform>%n أيام للتعافي</numerusform>
            <numerusform>%n يومًا للتعافي</numerusform>
            <numerusform>%n يوم للتعافي</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} to {1} days to recover</source>
        <translation>من {0} إلى {1} أيام للتعافي</translation>
    </message>
    <message>
        <source>{0} for the course</source>
        <translation>{0} للبرنامج كاملًا</translation>
    </message>
    <message>
        <source>Because of your answers, treatment can start from {0}.</source>
        <translation>بناءً على إجاباتك، يمكن بدء العلاج ابتداءً من {0}.</translation>
    </message>
    <message>
        <source>I&apos;d like to hear about this</source>
        <translation>أودّ معرفة المزيد عن هذا</translation>
    </message>
    <message>
        <source>✓  We will tell you about it</source>
        <translation>✓  سنحدّثك عنه</translation>
    </message>
    <message>
        <source>‹  Back to the comparison</source>
        <translation>›  العودة إلى المقارنة</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>كيف يعمل</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>الأنسب لـ</translation>
    </message>
    <message>
        <source>What to expect on the day</source>
        <translation>ما يمكن توقعه يوم الجلسة</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>التعافي</translation>
    </message>
    <message>
        <source>How many sessions</source>
        <translation>عدد الجلسات</translation>
    </message>
    <message>
        <source>Skin tones</source>
        <translation>ألوان البشرة</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>المخاطر</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Clear the signature</source>
        <translation>مسح التوقيع</translation>
    </message>
    <message>
        <source>Welcome back. You signed this notice last time, and your signature is kept. Please read it and tap to agree again.</source>
        <translation>أهلًا بعودتك. وقّعت على هذا الإشعار في زيارتك السابقة، وتوقيعك محفوظ. يُرجى قراءته والضغط للموافقة مرة أخرى.</translation>
    </message>
    <message>
        <source>Welcome back. This notice has changed since your last visit: please read it, agree and sign again.</source>
        <translation>أهلًا بعودتك. تغيّر هذا الإشعار منذ زيارتك السابقة: يُرجى قراءته والموافقة عليه والتوقيع مرة أخرى.</translation>
    </message>
    <message>
        <source>Please tap to agree, type your name and sign.</source>
        <translation>يُرجى الضغط للموافقة، وكتابة اسمك، والتوقيع.</translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation>يُرجى كتابة اسمك.</translation>
    </message>
    <message>
        <source>Please sign with your finger.</source>
        <translation>يُرجى التوقيع بإصبعك.</translation>
    </message>
</context>
<context>
    <name>ConsultationPage</name>
    <message>
        <source>‹  Queue</source>
        <translation>›  قائمة الانتظار</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Born {0} (age {1})</source>
        <translation>تاريخ الميلاد {0} (العمر {1})</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>الحالة: {0}</translation>
    </message>
    <message>
        <source>Started {0} on {1}</source>
        <translation>بدأت في {0} على الجهاز {1}</translation>
    </message>
    <message>
        <source>Content version {0}</source>
        <translation>إصدار المحتوى {0}</translation>
    </message>
    <message>
        <source>Client&apos;s language: {0}</source>
        <translation>لغة العميل: {0}</translation>
    </message>
    <message>
        <source>Arrived at {0}</source>
        <translation>الوصول: {0}</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Erase this client…</source>
        <translation>محو هذا العميل…</translation>
    </message>
    <message>
        <source>Erase {0} for good?</source>
        <translation>محو {0} نهائيًا؟</translation>
    </message>
    <message>
        <source>Their name, date of birth, phone and email.</source>
        <translation>الاسم وتاريخ الميلاد والهاتف والبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Every consultation of theirs, this one included: the answers, the flags, the plan, the signed consent and the signature.</source>
        <translation>كل استشاراته، ومنها هذه الاستشارة: الإجابات والتنبيهات والخطة والموافقة الموقّعة والتوقيع.</translation>
    </message>
    <message>
        <source>Every decision and note about them.</source>
        <translation>كل قرار وملاحظة بشأنه.</translation>
    </message>
    <message>
        <source>The audit trail keeps only that a client was erased, and by whom.</source>
        <translation>لا يحتفظ سجل التدقيق إلا بأن عميلًا قد مُحي، وبمن محاه.</translation>
    </message>
    <message>
        <source>Hold to erase</source>
        <translation>اضغط مطوّلًا للمحو</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>No flags were raised.</source>
        <translation>لم يظهر أي تنبيه.</translation>
    </message>
    <message>
        <source>Raised by:</source>
        <translation>سبب التنبيه:</translation>
    </message>
    <message>
        <source>Lifts on {0}</source>
        <translation>يزول في {0}</translation>
    </message>
    <message>
        <source>Treatments: {0}</source>
        <translation>العلاجات: {0}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <source>Answers, as asked</source>
        <translation>الإجابات كما طُرحت الأسئلة</translation>
    </message>
    <message>
        <source>Not submitted: no answers were kept.</source>
        <translation>لم تُرسل: لم تُحفظ أي إجابات.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(بلا إجابة)</translation>
    </message>
    <message>
        <source>Plan as given</source>
        <translation>الخطة كما أُعطيت</translation>
    </message>
    <message>
        <source>No plan: the consultation was not submitted.</source>
        <translation>لا خطة: لم تُرسل الاستشارة.</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>النتيجة: {0}</translation>
    </message>
    <message>
        <source>Suggested: {0}</source>
        <translation>المقترح: {0}</translation>
    </message>
    <message>
        <source>Sessions: {0}</source>
        <translation>الجلسات: {0}</translation>
    </message>
    <message>
        <source>Needle depth {0:g} to {1:g} mm</source>
        <translation>عمق الإبر من {0:g} إلى {1:g} مم</translation>
    </message>
    <message>
        <source>The client would like to hear about: {0}</source>
        <translation>يودّ العميل معرفة المزيد عن: {0}</translation>
    </message>
    <message>
        <source>The client is still waiting for a printed copy.</source>
        <translation>ما زال العميل ينتظر نسخة مطبوعة.</translation>
    </message>
    <message>
        <source>Preview handout</source>
        <translation>معاينة النشرة</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>No consent was recorded.</source>
        <translation>لم تُسجّل أي موافقة.</translation>
    </message>
    <message>
        <source>Typed name: {0}</source>
        <translation>الاسم المكتوب: {0}</translation>
    </message>
    <message>
        <source>Agreed {0} UTC, notice {1}</source>
        <translation>الموافقة: {0} (UTC)، الإشعار {1}</translation>
    </message>
    <message>
        <source>Read in {0}</source>
        <translation>قُرئ باللغة: {0}</translation>
    </message>
    <message>
        <source>Text fingerprint {0}…</source>
        <translation>بصمة النص {0}…</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Decisions and notes</source>
        <translation>القرارات والملاحظات</translation>
    </message>
    <message>
        <source> until {0}</source>
        <translation> حتى {0}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>A note for the team</source>
        <translation>ملاحظة للفريق</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>A practitioner decides on this consultation.</source>
        <translation>يتخذ أحد الممارسين القرار بشأن هذه الاستشارة.</translation>
    </message>
    <message>
        <source>Only a submitted consultation can be decided.</source>
        <translation>لا يمكن اتخاذ قرار إلا في استشارة مُرسلة.</translation>
    </message>
    <message>
        <source>Skin type (confirm):</source>
        <translation>نمط البشرة (للتأكيد):</translation>
    </message>
    <message>
        <source>Confirmed skin type</source>
        <translation>نمط البشرة المؤكَّد</translation>
    </message>
    <message>
        <source>Defer until</source>
        <translation>تأجيل حتى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reason (needed when approving over a flag)</source>
        <translation>السبب (مطلوب عند الموافقة رغم وجود تنبيه)</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>حفظ القرار</translation>
    </message>
    <message>
        <source>The plan cannot be worked out again with today&apos;s content.</source>
        <translation>لا يمكن إعداد الخطة من جديد بمحتوى اليوم.</translation>
    </message>
    <message>
        <source> (changed from {0})</source>
        <translation> (بعد أن كان {0})</translation>
    </message>
    <message>
        <source>With this skin type: {0}, {1}{2}</source>
        <translation>مع نمط البشرة هذا: {0}، {1}{2}</translation>
    </message>
    <message>
        <source>Choose a decision first.</source>
        <translation>يُرجى اختيار القرار أولًا.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>DangerConfirmation</name>
    <message>
        <source>This cannot be undone. Hold the red button for 2 seconds to confirm.</source>
        <translation>لا يمكن التراجع عن هذا. للتأكيد، اضغط على الزر الأحمر مدة ثانيتين.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>There is no {0} {1}.</source>
        <translation>لا يوجد يوم {0} في {1}.</translation>
    </message>
    <message>
        <source>A month is a number from 1 to 12.</source>
        <translation>الشهر رقم من 1 إلى 12.</translation>
    </message>
    <message>
        <source>Please finish the date (day, month and a four-digit year), or clear it.</source>
        <translation>يُرجى إكمال التاريخ (اليوم والشهر والسنة بأربعة أرقام)، أو مسحه.</translation>
    </message>
</context>
<context>
    <name>EmailChoice</name>
    <message>
        <source>Email me my plan</source>
        <translation>إرسال خطتي إلى بريدي الإلكتروني</translation>
    </message>
    <message>
        <source>To {0}. The email only says that your plan is attached.</source>
        <translation>إلى {0}. لا تذكر الرسالة إلا أن خطتك مرفقة بها.</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>Help asked at kiosk {0}, {1} min ago</source>
        <translation>طلب مساعدة من الجهاز {0}، منذ {1} دقيقة</translation>
    </message>
    <message>
        <source>(before their consultation began)</source>
        <translation>(قبل أن تبدأ استشارته)</translation>
    </message>
    <message>
        <source>(their consultation is marked below)</source>
        <translation>(استشارته معلَّمة أدناه)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تمت الاستجابة</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>‹  Back</source>
        <translation>›  رجوع</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>الخطوة {0} من {1}</translation>
    </message>
    <message>
        <source>Your answers are not saved yet. Please let the front desk know.</source>
        <translation>لم تُحفظ إجاباتك بعد. يُرجى إبلاغ مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Printing your plan...</source>
        <translation>جارٍ طباعة خطتك...</translation>
    </message>
    <message>
        <source>Your plan is printing. Please collect it from the printer.</source>
        <translation>تُطبع خطتك الآن. يُرجى أخذها من الطابعة.</translation>
    </message>
    <message>
        <source>We could not print your plan just now. Nothing is lost: the front desk will print your copy for you.</source>
        <translation>تعذّرت طباعة خطتك الآن. لم يضِع شيء: سيطبع لك مكتب الاستقبال نسختك.</translation>
    </message>
    <message>
        <source>Preparing your printout...</source>
        <translation>جارٍ تجهيز نسختك المطبوعة...</translation>
    </message>
    <message>
        <source>Asking the front desk...</source>
        <translation>جارٍ إبلاغ مكتب الاستقبال...</translation>
    </message>
    <message>
        <source>Someone from the front desk is coming.</source>
        <translation>سيأتي إليك أحد موظفي الاستقبال.</translation>
    </message>
    <message>
        <source>Please go to the front desk.</source>
        <translation>يُرجى التوجّه إلى مكتب الاستقبال.</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: {0}</source>
        <translation>اللغة: {0}</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Choose your language</source>
        <translation>اختيار اللغة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>لوحة المفاتيح على الشاشة</translation>
    </message>
    <message>
        <source>space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>حرف كبير</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>حروف بعلامات</translation>
    </message>
</context>
<context>
    <name>PageTools</name>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>أكبر نص</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Please help me</source>
        <translation>أحتاج إلى مساعدة</translation>
    </message>
    <message>
        <source>Message from the front desk</source>
        <translation>رسالة من مكتب الاستقبال</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your plan</source>
        <translation>خطتك</translation>
    </message>
    <message>
        <source>Print my plan</source>
        <translation>طباعة خطتي</translation>
    </message>
    <message>
        <source>See my printout</source>
        <translation>عرض نسختي المطبوعة</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>We could not suggest a treatment from your answers today. A practitioner will talk with you about what else could help.</source>
        <translation>لم نتمكن اليوم من اقتراح علاج بناءً على إجاباتك. سيتحدث معك أحد الممارسين عمّا يمكن أن يساعد غير ذلك.</translation>
    </message>
    <message>
        <source>Why: it helps with {0}.</source>
        <translation>السبب: يساعد في {0}.</translation>
    </message>
    <message>
        <source>Session {0}: {1}</source>
        <translation>الجلسة {0}: {1}</translation>
    </message>
    <message>
        <source>The clinic will confirm the dates with you.</source>
        <translation>ستؤكد العيادة المواعيد معك.</translation>
    </message>
    <message>
        <source>We will set the dates with you once your skin is ready.</source>
        <translation>سنحدد المواعيد معك عندما تصبح بشرتك جاهزة.</translation>
    </message>
    <message>
        <source>Cost: {0} to {1} for the course</source>
        <translation>التكلفة: من {0} إلى {1} للبرنامج كاملًا</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>الاستعداد</translation>
    </message>
</context>
<context>
    <name>PrintoutPreview</name>
    <message>
        <source>Your printout</source>
        <translation>نسختك المطبوعة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message numerus="yes">
        <source>%n question(s) still need an answer: see the orange mark.</source>
        <translation>
            <numerusform>لا أسئلة بلا إجابة.</numerusform>
            <numerusform>سؤال واحد ما زال بحاجة إلى إجابة، وعليه علامة برتقالية.</numerusform>
            <numerusform>سؤالان ما زالا بحاجة إلى إجابة، وعليهما علامة برتقالية.</numerusform>
            <numerusform>%n أسئلة ما زالت بحاجة إلى إجابة، وعليها علامة برتقالية.</numerusform>
            <numerusform>%n سؤالًا ما زالت بحاجة إلى إجابة، وعليها علامة برتقالية.</numerusform>
            <numerusform>%n سؤال ما زالت بحاجة إلى إجابة، وعليها علامة برتقالية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>(no name yet)</source>
        <translation>(بلا اسم بعد)</translation>
    </message>
    <message>
        <source>needs print</source>
        <translation>بحاجة إلى طباعة</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Consultations</source>
        <translation>الاستشارات</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached just now. Consultations stay safe on the kiosks; this list updates by itself when the server is back.</source>
        <translation>يتعذّر الوصول إلى خادم العيادة الآن. تبقى الاستشارات محفوظة بأمان على الأجهزة، وتتحدّث هذه القائمة تلقائيًا عند عودة الخادم.</translation>
    </message>
    <message>
        <source>Name, or date of birth (14/03/1988)</source>
        <translation>الاسم، أو تاريخ الميلاد (14/03/1988)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>More than {0} shown, {1} awaiting review</source>
        <translation>معروض أكثر من {0}، و{1} بانتظار المراجعة</translation>
    </message>
    <message>
        <source>{0} shown, {1} awaiting review</source>
        <translation>المعروض: {0}، بانتظار المراجعة: {1}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Your results</source>
        <translation>نتائجك</translation>
    </message>
    <message>
        <source>Good news: {0} suits you.</source>
        <translation>خبر سار: العلاج المناسب لك هو {0}.</translation>
    </message>
    <message>
        <source>Your personal plan is on the next screens.</source>
        <translation>خطتك الشخصية في الشاشات التالية.</translation>
    </message>
    <message>
        <source>{0} may suit you. A practitioner will talk it through with you first.</source>
        <translation>قد يكون العلاج المناسب لك هو {0}. سيناقشه معك أحد الممارسين أولًا.</translation>
    </message>
    <message>
        <source>This is usual, and it keeps your treatment safe.</source>
        <translation>هذا أمر معتاد، ويحافظ على سلامة علاجك.</translation>
    </message>
    <message>
        <source>Not today, but from {0}.</source>
        <translation>ليس اليوم، بل ابتداءً من {0}.</translation>
    </message>
    <message>
        <source>{0} can start then. Your plan is on the next screens.</source>
        <translation>يمكن بدء {0} حينها. خطتك في الشاشات التالية.</translation>
    </message>
    <message>
        <source>Not today, but soon.</source>
        <translation>ليس اليوم، بل قريبًا.</translation>
    </message>
    <message>
        <source>{0} can start once the reasons below have passed.</source>
        <translation>يمكن بدء {0} بعد زوال الأسباب المذكورة أدناه.</translation>
    </message>
    <message>
        <source>These treatments are not right for you at the moment.</source>
        <translation>هذه العلاجات غير مناسبة لك في الوقت الحالي.</translation>
    </message>
    <message>
        <source>Please talk to us at the front desk: we are happy to help.</source>
        <translation>يُرجى التحدث إلينا في مكتب الاستقبال: يسعدنا أن نساعدك.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>(from {0})</source>
        <translation>(ابتداءً من {0})</translation>
    </message>
    <message>
        <source>Before your treatment</source>
        <translation>قبل علاجك</translation>
    </message>
    <message>
        <source>Nothing here is a diagnosis. A practitioner reviews every answer before any treatment.</source>
        <translation>لا شيء هنا يُعدّ تشخيصًا. يراجع أحد الممارسين كل إجابة قبل أي علاج.</translation>
    </message>
</context>
<context>
    <name>ReturningPage</name>
    <message>
        <source>I have been here before</source>
        <translation>زرتكم من قبل</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>أهلًا بعودتك</translation>
    </message>
    <message>
        <source>To find your details, please give your date of birth and the first letters of your first and last names.</source>
        <translation>للعثور على بياناتك، يُرجى إدخال تاريخ ميلادك والحرف الأول من اسمك الأول ومن اسم عائلتك.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Your initials (for example AS)</source>
        <translation>الحرفان الأولان من اسمك (مثلًا: أ س)</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>الحرفان الأولان من اسمك</translation>
    </message>
    <message>
        <source>Please also give the last {0} digits of your mobile number.</source>
        <translation>يُرجى أيضًا إدخال آخر {0} أرقام من رقم هاتفك المحمول.</translation>
    </message>
    <message>
        <source>The last digits of your mobile number</source>
        <translation>آخر أرقام هاتفك المحمول</translation>
    </message>
    <message>
        <source>Find me</source>
        <translation>البحث عني</translation>
    </message>
    <message>
        <source>Looking for your details...</source>
        <translation>جارٍ البحث عن بياناتك...</translation>
    </message>
    <message>
        <source>We cannot look up your details just now. Please tap Next to fill them in.</source>
        <translation>لا يمكننا البحث عن بياناتك الآن. يُرجى الضغط على «التالي» لإدخالها.</translation>
    </message>
    <message>
        <source>We found your details. Tap Next: please check them, and change anything that is no longer right.</source>
        <translation>وجدنا بياناتك. يُرجى الضغط على «التالي» ومراجعتها، وتغيير ما لم يعد صحيحًا.</translation>
    </message>
    <message>
        <source>We need one more detail to find you.</source>
        <translation>نحتاج إلى معلومة أخرى للعثور عليك.</translation>
    </message>
    <message>
        <source>We could not find you. Please tap Next and fill in your details: the front desk can link your visits.</source>
        <translation>لم نعثر عليك. يُرجى الضغط على «التالي» وإدخال بياناتك: يمكن لمكتب الاستقبال ربط زياراتك.</translation>
    </message>
    <message>
        <source>Please tap Find me, or go back and tap Start.</source>
        <translation>يُرجى الضغط على «البحث عني»، أو الرجوع والضغط على «البدء».</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Staff: who are you?</source>
        <translation>الموظفون: من أنت؟</translation>
    </message>
    <message>
        <source>Staff: your user name</source>
        <translation>الموظفون: اسم المستخدم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Type your user name first.</source>
        <translation>يُرجى كتابة اسم المستخدم أولًا.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>‹  Someone else</source>
        <translation>›  شخص آخر</translation>
    </message>
    <message>
        <source>  (locked)</source>
        <translation>  (مقفل)</translation>
    </message>
    <message>
        <source>There are no staff accounts yet: an admin adds them with &apos;clinic-kiosk staff-user add&apos;.</source>
        <translation>لا توجد حسابات موظفين بعد: يضيفها المسؤول بالأمر &apos;clinic-kiosk staff-user add&apos;.</translation>
    </message>
    <message>
        <source>{0}: your PIN</source>
        <translation>{0}: رقمك السري</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>جارٍ التحقق...</translation>
    </message>
    <message>
        <source>This account is locked. An admin can unlock it.</source>
        <translation>هذا الحساب مقفل. يمكن للمسؤول إلغاء قفله.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait and try again.</source>
        <translation>أُدخلت أرقام سرية خاطئة مرات كثيرة. يُرجى الانتظار ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>That user name or PIN is not right.</source>
        <translation>اسم المستخدم أو الرقم السري غير صحيح.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>الرقم السري غير صحيح.</translation>
    </message>
    <message>
        <source>Staff sign-in is not available right now.</source>
        <translation>تسجيل دخول الموظفين غير متاح الآن.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>لوحة التوقيع</translation>
    </message>
</context>
<context>
    <name>SkinTypePage</name>
    <message>
        <source>Answer the questions above, or choose your skin type.</source>
        <translation>يُرجى الإجابة عن الأسئلة أعلاه، أو اختيار نمط بشرتك.</translation>
    </message>
    <message>
        <source>Your answers suggest skin type {0}. You can change it if you know better.</source>
        <translation>تشير إجاباتك إلى نمط البشرة {0}. يمكنك تغييره إن كانت لديك معرفة أدق بنمط بشرتك.</translation>
    </message>
</context>
<context>
    <name>StaffAnswer</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>بلا إجابة</translation>
    </message>
</context>
<context>
    <name>StaffAuditAction</name>
    <message>
        <source>Signed in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>رفض تسجيل الدخول</translation>
    </message>
    <message>
        <source>Refused: not allowed for this role</source>
        <translation>مرفوض: غير مسموح لهذا الدور</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>الاطلاع</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>اتخاذ قرار</translation>
    </message>
    <message>
        <source>Added a note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Marked arrived</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Answered a call for help</source>
        <translation>الاستجابة لطلب مساعدة</translation>
    </message>
    <message>
        <source>Looked at the printout</source>
        <translation>الاطلاع على النسخة المطبوعة</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>Saved a copy of the printout</source>
        <translation>حفظ نسخة من المستند المطبوع</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>Purged old records</source>
        <translation>حذف السجلات القديمة</translation>
    </message>
    <message>
        <source>Erased a client</source>
        <translation>محو عميل</translation>
    </message>
    <message>
        <source>Unlocked an account</source>
        <translation>إلغاء قفل حساب</translation>
    </message>
    <message>
        <source>Added an account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Reset a PIN</source>
        <translation>إعادة تعيين رقم سري</translation>
    </message>
    <message>
        <source>Added demo data</source>
        <translation>إضافة بيانات تجريبية</translation>
    </message>
    <message>
        <source>Restored the database from a backup</source>
        <translation>استعادة قاعدة البيانات من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Made the clinic&apos;s audit key</source>
        <translation>أنشأ مفتاح سجل التدقيق للعيادة</translation>
    </message>
</context>
<context>
    <name>StaffAuditDetail</name>
    <message>
        <source>decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>الاستشارات</translation>
    </message>
    <message>
        <source>format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>older than (days)</source>
        <translation>أقدم من (بالأيام)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>المحذوفة</translation>
    </message>
    <message>
        <source>abandoned drafts cleared</source>
        <translation>المسودات المتروكة الممسوحة</translation>
    </message>
    <message>
        <source>account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>asked to</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>skin type confirmed</source>
        <translation>نمط البشرة المؤكَّد</translation>
    </message>
    <message>
        <source>until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>computer user</source>
        <translation>مستخدم الحاسوب</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>help request</source>
        <translation>طلب المساعدة</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>رقم سري خاطئ</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>الحساب مقفل</translation>
    </message>
    <message>
        <source>too soon after wrong PINs</source>
        <translation>مبكر جدًا بعد أرقام سرية خاطئة</translation>
    </message>
</context>
<context>
    <name>StaffColumn</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>العلاج</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>الاستشارة</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>StaffCorner</name>
    <message>
        <source>Staff access (press and hold)</source>
        <translation>دخول الموظفين (اضغط مطوّلًا)</translation>
    </message>
</context>
<context>
    <name>StaffDecision</name>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Defer until</source>
        <translation>تأجيل حتى</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
</context>
<context>
    <name>StaffFilter</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>ذات تنبيه</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <source>Needs print</source>
        <translation>بحاجة إلى طباعة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>StaffOutcome</name>
    <message>
        <source>Not suitable</source>
        <translation>غير مناسب</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <source>Prepare first</source>
        <translation>يلزم التحضير أولًا</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>مناسب</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>front desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>ممارس</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
</context>
<context>
    <name>StaffSignIn</name>
    <message>
        <source>Staff screen</source>
        <translation>شاشة الموظفين</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>إغلاق الجهاز</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الجهاز</translation>
    </message>
    <message>
        <source>Hello, {0}</source>
        <translation>مرحبًا، {0}</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>In progress</source>
        <translation>قيد الإجراء</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافق عليها</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>{0}: staff</source>
        <translation>{0}: الموظفون</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Back to the client screen</source>
        <translation>العودة إلى شاشة العميل</translation>
    </message>
    <message>
        <source>This kiosk&apos;s outbox: {0}.</source>
        <translation>صندوق الصادر لهذا الجهاز: {0}.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Warning: the audit trail was tampered with ({0}).</source>
        <translation>تحذير: عُبث بسجل التدقيق ({0}).</translation>
    </message>
    <message>
        <source>{0} until {1}</source>
        <translation>{0} حتى {1}</translation>
    </message>
    <message>
        <source>✓  Decision saved: {0}.</source>
        <translation>✓  حُفظ القرار: {0}.</translation>
    </message>
    <message>
        <source>✓  Note added.</source>
        <translation>✓  أُضيفت الملاحظة.</translation>
    </message>
    <message>
        <source>This consultation has no plan to print.</source>
        <translation>لا توجد خطة لطباعتها في هذه الاستشارة.</translation>
    </message>
    <message>
        <source>Printing failed: {0}</source>
        <translation>فشلت الطباعة: {0}</translation>
    </message>
    <message>
        <source>No printer is set up here.</source>
        <translation>لا توجد طابعة مُعدّة هنا.</translation>
    </message>
    <message>
        <source>Printing...</source>
        <translation>جارٍ الطباعة...</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
    <message>
        <source>Not done: {0}.</source>
        <translation>لم يُنفَّذ: {0}.</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>تعذّر الحفظ: {0}</translation>
    </message>
    <message>
        <source>Exported {0} consultations to {1}.</source>
        <translation>صُدّرت الاستشارات ({0}) إلى {1}.</translation>
    </message>
    <message>
        <source>Export consultations</source>
        <translation>تصدير الاستشارات</translation>
    </message>
    <message>
        <source>Deleted {0} old consultations; cleared {1} abandoned drafts.</source>
        <translation>حُذفت الاستشارات القديمة ({0})، ومُسحت المسودات المتروكة ({1}).</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>نعم، ما زلت هنا</translation>
    </message>
    <message>
        <source>Clear my answers now</source>
        <translation>مسح إجاباتي الآن</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, your answers will be cleared in %n second(s).</source>
        <translation>
            <numerusform>حفاظًا على خصوصيتك، ستُمحى إجاباتك الآن.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُمحى إجاباتك خلال ثانية واحدة.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُمحى إجاباتك خلال ثانيتين.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُمحى إجاباتك خلال %n ثوانٍ.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُمحى إجاباتك خلال %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُمحى إجاباتك خلال %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you</source>
        <translation>شكرًا لك</translation>
    </message>
    <message>
        <source>Please take a seat. A practitioner will see you soon and go through your plan with you.</source>
        <translation>يُرجى التفضل بالجلوس. سيقابلك أحد الممارسين قريبًا ويراجع خطتك معك.</translation>
    </message>
    <message>
        <source>Thank you, {0}</source>
        <translation>شكرًا لك، {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>أهلًا بك في {0}</translation>
    </message>
    <message>
        <source>Find out which skin treatments suit you, and take home your own plan. It takes about 10 minutes.</source>
        <translation>هنا يمكنك معرفة علاجات البشرة التي تناسبك، والحصول على خطتك الخاصة لتأخذها معك. يستغرق ذلك نحو 10 دقائق.</translation>
    </message>
    <message>
        <source>Answer at your own pace: you can go back at any time. If you need reading glasses or help, please ask at the front desk.</source>
        <translation>يمكنك الإجابة على راحتك والرجوع في أي وقت. إذا احتجت إلى نظارة قراءة أو إلى مساعدة، يُرجى السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy: if nobody touches the screen for %n second(s), we ask whether you are still there, and then clear your answers.</source>
        <translation>
            <numerusform>حفاظًا على خصوصيتك: إذا لم يلمس أحد الشاشة، نسألك هل ما زلت هنا، ثم نمحو إجاباتك.</numerusform>
            <numerusform>حفاظًا على خصوصيتك: إذا لم يلمس أحد الشاشة مدة ثانية واحدة، نسألك هل ما زلت هنا، ثم نمحو إجاباتك.</numerusform>
            <numerusform>حفاظًا على خصوصيتك: إذا لم يلمس أحد الشاشة مدة ثانيتين، نسألك هل ما زلت هنا، ثم نمحو إجاباتك.</numerusform>
            <numerusform>حفاظًا على خصوصيتك: إذا لم يلمس أحد الشاشة مدة %n ثوانٍ، نسألك هل ما زلت هنا، ثم نمحو إجاباتك.</numerusform>
            <numerusform>حفاظًا على خصوصيتك: إذا لم يلمس أحد الشاشة مدة %n ثانية، نسألك هل ما زلت هنا، ثم نمحو إجاباتك.</numerusform>
            <numerusform>حفاظًا على خصوصيتك: إذا لم يلمس أحد الشاشة مدة %n ثانية، نسألك هل ما زلت هنا، ثم نمحو إجاباتك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Next</source>
        <extracomment>counted in the progress bar the idle countdown runs while this page is shown the window shows Back and Next for it Next stays disabled (rather than explaining) until the page is complete</extracomment>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>fit</name>
    <message>
        <source>very well</source>
        <translation>بدرجة كبيرة</translation>
    </message>
    <message>
        <source>well</source>
        <translation>بدرجة جيدة</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>قليلًا</translation>
    </message>
    <message>
        <source>not really</source>
        <translation>لا يكاد يساعد</translation>
    </message>
</context>
</TS>
