<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name></name>
    <message>
        <source>Plan emailed to the client.</source>
        <translation>Plan wysłano klientowi e-mailem.</translation>
    </message>
    <message>
        <source>Plan email not sent yet: {0}. It is tried again.</source>
        <translation>E-mail z planem jeszcze niewysłany: {0}. Ponowna próba nastąpi automatycznie.</translation>
    </message>
    <message>
        <source>Plan email waiting to be sent.</source>
        <translation>E-mail z planem czeka na wysłanie.</translation>
    </message>
    <message>
        <source>Earlier visits</source>
        <translation>Wcześniejsze wizyty</translation>
    </message>
    <message>
        <source>This is the client&apos;s first visit on record.</source>
        <translation>To pierwsza odnotowana wizyta klienta.</translation>
    </message>
    <message>
        <source>nothing suggested</source>
        <translation>brak propozycji</translation>
    </message>
    <message>
        <source>Since the last visit</source>
        <translation>Od ostatniej wizyty</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>New flag: {0}</source>
        <translation>Nowe ostrzeżenie: {0}</translation>
    </message>
    <message>
        <source>No longer flagged: {0}</source>
        <translation>Ostrzeżenie nieaktualne: {0}</translation>
    </message>
    <message>
        <source>{0}  →  {1}</source>
        <translation>{0}  →  {1}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>‹  Queue</source>
        <translation>‹  Kolejka</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Konsultacje</translation>
    </message>
    <message>
        <source>Export (FHIR JSON)</source>
        <translation>Eksport (FHIR JSON)</translation>
    </message>
    <message>
        <source>Export (CSV)</source>
        <translation>Eksport (CSV)</translation>
    </message>
    <message>
        <source>Delete past the retention period…</source>
        <translation>Usuń po okresie przechowywania…</translation>
    </message>
    <message>
        <source>Delete every consultation older than {0} days?</source>
        <translation>Usunąć wszystkie konsultacje starsze niż {0} dni?</translation>
    </message>
    <message>
        <source>Each of them for good: the client&apos;s answers, flags, plan, signed consent and signature, and every decision and note.</source>
        <translation>Każdą z nich na zawsze: odpowiedzi klienta, ostrzeżenia, plan, podpisaną zgodę i podpis oraz wszystkie decyzje i notatki.</translation>
    </message>
    <message>
        <source>The answers of consultations abandoned more than {0} hours ago.</source>
        <translation>Odpowiedzi z konsultacji przerwanych ponad {0} godz. temu.</translation>
    </message>
    <message>
        <source>Clients left with no consultation are erased with them.</source>
        <translation>Klienci, którym nie zostanie żadna konsultacja, zostaną usunięci wraz z nimi.</translation>
    </message>
    <message>
        <source>Hold to delete</source>
        <translation>Przytrzymaj, aby usunąć</translation>
    </message>
    <message>
        <source>New accounts and new PINs are made with &apos;clinic-kiosk staff-user&apos;, where each person types their own PIN.</source>
        <translation>Nowe konta i nowe kody PIN tworzy się poleceniem &apos;clinic-kiosk staff-user&apos;, w którym każda osoba wpisuje własny PIN.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Konta personelu</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>zablokowane</translation>
    </message>
    <message>
        <source>{0} failed sign-ins</source>
        <translation>Nieudane logowania: {0}</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>‹  Queue</source>
        <translation>‹  Kolejka</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <source>The chain is unbroken ({0} events).</source>
        <translation>Łańcuch jest nienaruszony (zdarzenia: {0}).</translation>
    </message>
    <message>
        <source>Warning: {0}. Someone changed the records outside the kiosk.</source>
        <translation>Uwaga: {0}. Ktoś zmienił zapisy poza kioskiem.</translation>
    </message>
</context>
<context>
    <name>CannotStartNotice</name>
    <message>
        <source>The kiosk cannot start</source>
        <translation>Nie można uruchomić kiosku</translation>
    </message>
    <message>
        <source>Sorry, this kiosk is not available just now.</source>
        <translation>Przepraszamy, kiosk jest w tej chwili niedostępny.</translation>
    </message>
    <message>
        <source>Please ask at the front desk. We will be glad to help.</source>
        <translation>Prosimy zgłosić się do recepcji. Chętnie pomożemy.</translation>
    </message>
    <message>
        <source>For staff: the kiosk could not start.</source>
        <translation>Dla personelu: nie udało się uruchomić kiosku.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…i jeszcze %n.</numerusform>
            <numerusform>…i jeszcze %n.</numerusform>
            <numerusform>…i jeszcze %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>the console</source>
        <translation>konsola</translation>
    </message>
    <message>
        <source>Every detail is in the log: {0}. Once it is put right, tap Try again.</source>
        <translation>Wszystkie szczegóły są w dzienniku: {0}. Po usunięciu problemu dotknij „Spróbuj ponownie”.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Suits you</source>
        <translation>Odpowiedni</translation>
    </message>
    <message>
        <source>Talk with us first</source>
        <translation>Najpierw rozmowa</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>Not for you now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Explore and compare</source>
        <translation>Porównanie zabiegów</translation>
    </message>
    <message>
        <source>How each treatment helps with what you chose. Tap a treatment to learn more.</source>
        <translation>Jak każdy zabieg pomaga na wybrane problemy. Po dotknięciu zabiegu pojawi się więcej informacji.</translation>
    </message>
    <message>
        <source>●●● very well   ●●○ well   ●○○ a little   ○○○ not really</source>
        <translation>●●● bardzo dobrze   ●●○ dobrze   ●○○ trochę   ○○○ raczej nie</translation>
    </message>
    <message>
        <source>(from {0})</source>
        <translation>(od {0})</translation>
    </message>
    <message>
        <source>Our suggestion for you</source>
        <translation>Nasza propozycja</translation>
    </message>
    <message>
        <source>Does not help with what you chose</source>
        <translation>Nie pomaga na wybrane problemy</translation>
    </message>
    <message numerus="yes">
        <source>Helps with %n of what you chose</source>
        <translation>
            <numerusform>Pomaga na %n z wybranych problemów</numerusform>
            <numerusform>Pomaga na %n z wybranych problemów</numerusform>
            <numerusform>Pomaga na %n z wybranych problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>A very good match for you</source>
        <translation>Bardzo dobrze dopasowany</translation>
    </message>
    <message>
        <source>A good match for you</source>
        <translation>Dobrze dopasowany</translation>
    </message>
    <message>
        <source>Helps a little with what you chose</source>
        <translation>Trochę pomaga na wybrane problemy</translation>
    </message>
    <message>
        <source>Next to our suggestion: {0}</source>
        <translation>W porównaniu z naszą propozycją: {0}</translation>
    </message>
    <message>
        <source>Check with us for your skin tone</source>
        <translation>Przy tym kolorze skóry prosimy o konsultację</translation>
    </message>
    <message>
        <source>The best of these for {0}</source>
        <translation>Najlepszy z nich przy: {0}</translation>
    </message>
    <message>
        <source>Costs less than {0}</source>
        <translation>Kosztuje mniej niż: {0}</translation>
    </message>
    <message>
        <source>Costs more than {0}</source>
        <translation>Kosztuje więcej niż: {0}</translation>
    </message>
    <message>
        <source>The fewest sessions</source>
        <translation>Najmniej sesji</translation>
    </message>
    <message>
        <source>The quickest recovery</source>
        <translation>Najkrótsza regeneracja</translation>
    </message>
    <message>
        <source>The lowest cost</source>
        <translation>Najniższy koszt</translation>
    </message>
    <message>
        <source>fewer sessions</source>
        <translation>mniej sesji</translation>
    </message>
    <message>
        <source>more sessions</source>
        <translation>więcej sesji</translation>
    </message>
    <message>
        <source>quicker to recover</source>
        <translation>krótsza regeneracja</translation>
    </message>
    <message>
        <source>longer to recover</source>
        <translation>dłuższa regeneracja</translation>
    </message>
    <message>
        <source>costs less</source>
        <translation>taniej</translation>
    </message>
    <message>
        <source>costs more</source>
        <translation>drożej</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesja</numerusform>
            <numerusform>%n sesje</numerusform>
            <numerusform>%n sesji</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} to {1} sessions</source>
        <translation>{0}–{1} sesji</translation>
    </message>
    <message>
        <source>no time to recover</source>
        <translation>bez okresu regeneracji</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to recover</source>
        <translation>
            <numerusform>%n dzień regeneracji</numerusform>
            <numerusform>%n dni regeneracji</numerusform>
            <numerusform>%n dni regeneracji</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} to {1} days to recover</source>
        <translation>{0}–{1} dni regeneracji</translation>
    </message>
    <message>
        <source>{0} for the course</source>
        <translation>{0} za całą serię</translation>
    </message>
    <message>
        <source>Because of your answers, treatment can start from {0}.</source>
        <translation>Ze względu na udzielone odpowiedzi zabieg można rozpocząć od {0}.</translation>
    </message>
    <message>
        <source>I&apos;d like to hear about this</source>
        <translation>Chcę dowiedzieć się więcej</translation>
    </message>
    <message>
        <source>✓  We will tell you about it</source>
        <translation>✓  Opowiemy o tym</translation>
    </message>
    <message>
        <source>‹  Back to the comparison</source>
        <translation>‹  Wróć do porównania</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Jak to działa</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>Najlepiej sprawdza się przy</translation>
    </message>
    <message>
        <source>What to expect on the day</source>
        <translation>Czego spodziewać się w dniu zabiegu</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Regeneracja</translation>
    </message>
    <message>
        <source>How many sessions</source>
        <translation>Ile sesji</translation>
    </message>
    <message>
        <source>Skin tones</source>
        <translation>Kolor skóry</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Ryzyko</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Clear the signature</source>
        <translation>Wyczyść podpis</translation>
    </message>
    <message>
        <source>Welcome back. You signed this notice last time, and your signature is kept. Please read it and tap to agree again.</source>
        <translation>Witamy ponownie. Ta informacja została podpisana podczas ostatniej wizyty i podpis jest zachowany. Prosimy ją przeczytać i ponownie dotknąć, aby wyrazić zgodę.</translation>
    </message>
    <message>
        <source>Welcome back. This notice has changed since your last visit: please read it, agree and sign again.</source>
        <translation>Witamy ponownie. Ta informacja zmieniła się od ostatniej wizyty: prosimy ją przeczytać, wyrazić zgodę i ponownie podpisać.</translation>
    </message>
    <message>
        <source>Please tap to agree, type your name and sign.</source>
        <translation>Prosimy dotknąć, aby wyrazić zgodę, wpisać imię i nazwisko oraz się podpisać.</translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation>Prosimy wpisać imię i nazwisko.</translation>
    </message>
    <message>
        <source>Please sign with your finger.</source>
        <translation>Prosimy podpisać się palcem.</translation>
    </message>
</context>
<context>
    <name>ConsultationPage</name>
    <message>
        <source>‹  Queue</source>
        <translation>‹  Kolejka</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwiska)</translation>
    </message>
    <message>
        <source>Born {0} (age {1})</source>
        <translation>Ur. {0} (wiek: {1})</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>Started {0} on {1}</source>
        <translation>Rozpoczęto {0} na {1}</translation>
    </message>
    <message>
        <source>Content version {0}</source>
        <translation>Wersja treści {0}</translation>
    </message>
    <message>
        <source>Client&apos;s language: {0}</source>
        <translation>Język klienta: {0}</translation>
    </message>
    <message>
        <source>Arrived at {0}</source>
        <translation>Przybycie: {0}</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation>Oznacz przybycie</translation>
    </message>
    <message>
        <source>Erase this client…</source>
        <translation>Usuń tego klienta…</translation>
    </message>
    <message>
        <source>Erase {0} for good?</source>
        <translation>Usunąć na zawsze: {0}?</translation>
    </message>
    <message>
        <source>Their name, date of birth, phone and email.</source>
        <translation>Imię i nazwisko, datę urodzenia, telefon i e-mail.</translation>
    </message>
    <message>
        <source>Every consultation of theirs, this one included: the answers, the flags, the plan, the signed consent and the signature.</source>
        <translation>Wszystkie konsultacje tej osoby, łącznie z tą: odpowiedzi, ostrzeżenia, plan, podpisaną zgodę i podpis.</translation>
    </message>
    <message>
        <source>Every decision and note about them.</source>
        <translation>Wszystkie decyzje i notatki jej dotyczące.</translation>
    </message>
    <message>
        <source>The audit trail keeps only that a client was erased, and by whom.</source>
        <translation>Dziennik zdarzeń zachowa tylko informację, że klienta usunięto, i przez kogo.</translation>
    </message>
    <message>
        <source>Hold to erase</source>
        <translation>Przytrzymaj, aby usunąć</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <source>No flags were raised.</source>
        <translation>Brak ostrzeżeń.</translation>
    </message>
    <message>
        <source>Raised by:</source>
        <translation>Przyczyna:</translation>
    </message>
    <message>
        <source>Lifts on {0}</source>
        <translation>Wygasa {0}</translation>
    </message>
    <message>
        <source>Treatments: {0}</source>
        <translation>Zabiegi: {0}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Źródła:</translation>
    </message>
    <message>
        <source>Answers, as asked</source>
        <translation>Odpowiedzi w kolejności pytań</translation>
    </message>
    <message>
        <source>Not submitted: no answers were kept.</source>
        <translation>Nie wysłano: odpowiedzi nie zostały zachowane.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(brak odpowiedzi)</translation>
    </message>
    <message>
        <source>Plan as given</source>
        <translation>Plan w przekazanej wersji</translation>
    </message>
    <message>
        <source>No plan: the consultation was not submitted.</source>
        <translation>Brak planu: konsultacji nie wysłano.</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Wynik: {0}</translation>
    </message>
    <message>
        <source>Suggested: {0}</source>
        <translation>Proponowany: {0}</translation>
    </message>
    <message>
        <source>Sessions: {0}</source>
        <translation>Sesje: {0}</translation>
    </message>
    <message>
        <source>Needle depth {0:g} to {1:g} mm</source>
        <translation>Głębokość igieł {0:g}–{1:g} mm</translation>
    </message>
    <message>
        <source>The client would like to hear about: {0}</source>
        <translation>Klient chce dowiedzieć się więcej o: {0}</translation>
    </message>
    <message>
        <source>The client is still waiting for a printed copy.</source>
        <translation>Klient nadal czeka na wydruk.</translation>
    </message>
    <message>
        <source>Preview handout</source>
        <translation>Podgląd wydruku</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Drukuj ponownie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>No consent was recorded.</source>
        <translation>Nie zapisano zgody.</translation>
    </message>
    <message>
        <source>Typed name: {0}</source>
        <translation>Wpisane imię i nazwisko: {0}</translation>
    </message>
    <message>
        <source>Agreed {0} UTC, notice {1}</source>
        <translation>Zgoda {0} UTC, informacja {1}</translation>
    </message>
    <message>
        <source>Read in {0}</source>
        <translation>Przeczytano w języku: {0}</translation>
    </message>
    <message>
        <source>Text fingerprint {0}…</source>
        <translation>Odcisk tekstu {0}…</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Decisions and notes</source>
        <translation>Decyzje i notatki</translation>
    </message>
    <message>
        <source> until {0}</source>
        <translation> do {0}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>A note for the team</source>
        <translation>Notatka dla zespołu</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>A practitioner decides on this consultation.</source>
        <translation>Decyzję w sprawie tej konsultacji podejmuje specjalista.</translation>
    </message>
    <message>
        <source>Only a submitted consultation can be decided.</source>
        <translation>Decyzję można podjąć tylko dla wysłanej konsultacji.</translation>
    </message>
    <message>
        <source>Skin type (confirm):</source>
        <translation>Fototyp skóry (potwierdź):</translation>
    </message>
    <message>
        <source>Confirmed skin type</source>
        <translation>Potwierdzony fototyp skóry</translation>
    </message>
    <message>
        <source>Defer until</source>
        <translation>Odłóż do</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Reason (needed when approving over a flag)</source>
        <translation>Powód (wymagany przy zatwierdzeniu mimo ostrzeżenia)</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Zapisz decyzję</translation>
    </message>
    <message>
        <source>The plan cannot be worked out again with today&apos;s content.</source>
        <translation>Nie można ponownie wyznaczyć planu na podstawie obecnej treści.</translation>
    </message>
    <message>
        <source> (changed from {0})</source>
        <translation> (zmieniono z {0})</translation>
    </message>
    <message>
        <source>With this skin type: {0}, {1}{2}</source>
        <translation>Przy tym fototypie: {0}, {1}{2}</translation>
    </message>
    <message>
        <source>Choose a decision first.</source>
        <translation>Najpierw wybierz decyzję.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>DangerConfirmation</name>
    <message>
        <source>This cannot be undone. Hold the red button for 2 seconds to confirm.</source>
        <translation>Tego nie można cofnąć. Aby potwierdzić, przytrzymaj czerwony przycisk przez 2 sekundy.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>There is no {0} {1}.</source>
        <translation>Miesiąc {1} nie ma dnia {0}.</translation>
    </message>
    <message>
        <source>A month is a number from 1 to 12.</source>
        <translation>Miesiąc to liczba od 1 do 12.</translation>
    </message>
    <message>
        <source>Please finish the date (day, month and a four-digit year), or clear it.</source>
        <translation>Prosimy dokończyć datę (dzień, miesiąc i czterocyfrowy rok) albo ją wyczyścić.</translation>
    </message>
</context>
<context>
    <name>EmailChoice</name>
    <message>
        <source>Email me my plan</source>
        <translation>Wyślij mi plan e-mailem</translation>
    </message>
    <message>
        <source>To {0}. The email only says that your plan is attached.</source>
        <translation>Na adres {0}. E-mail zawiera tylko informację, że plan jest w załączniku.</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>Help asked at kiosk {0}, {1} min ago</source>
        <translation>Prośba o pomoc przy kiosku {0}, {1} min temu</translation>
    </message>
    <message>
        <source>(before their consultation began)</source>
        <translation>(przed rozpoczęciem konsultacji)</translation>
    </message>
    <message>
        <source>(their consultation is marked below)</source>
        <translation>(konsultacja jest zaznaczona poniżej)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Obsłużono</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>‹  Back</source>
        <translation>‹  Wstecz</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Krok {0} z {1}</translation>
    </message>
    <message>
        <source>Your answers are not saved yet. Please let the front desk know.</source>
        <translation>Odpowiedzi nie zostały jeszcze zapisane. Prosimy poinformować recepcję.</translation>
    </message>
    <message>
        <source>Printing your plan...</source>
        <translation>Drukujemy plan...</translation>
    </message>
    <message>
        <source>Your plan is printing. Please collect it from the printer.</source>
        <translation>Plan się drukuje. Prosimy odebrać go z drukarki.</translation>
    </message>
    <message>
        <source>We could not print your plan just now. Nothing is lost: the front desk will print your copy for you.</source>
        <translation>Nie udało się teraz wydrukować planu. Nic nie zginęło: recepcja wydrukuje egzemplarz.</translation>
    </message>
    <message>
        <source>Preparing your printout...</source>
        <translation>Przygotowujemy wydruk...</translation>
    </message>
    <message>
        <source>Asking the front desk...</source>
        <translation>Wzywamy recepcję...</translation>
    </message>
    <message>
        <source>Someone from the front desk is coming.</source>
        <translation>Ktoś z recepcji zaraz podejdzie.</translation>
    </message>
    <message>
        <source>Please go to the front desk.</source>
        <translation>Prosimy podejść do recepcji.</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: {0}</source>
        <translation>Język: {0}</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Choose your language</source>
        <translation>Wybierz język</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Klawiatura ekranowa</translation>
    </message>
    <message>
        <source>space</source>
        <translation>spacja</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Wielka litera</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Litery diakrytyczne</translation>
    </message>
</context>
<context>
    <name>PageTools</name>
    <message>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Zwykły tekst</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Największy tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Please help me</source>
        <translation>Proszę o pomoc</translation>
    </message>
    <message>
        <source>Message from the front desk</source>
        <translation>Wiadomość z recepcji</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your plan</source>
        <translation>Indywidualny plan</translation>
    </message>
    <message>
        <source>Print my plan</source>
        <translation>Wydrukuj mój plan</translation>
    </message>
    <message>
        <source>See my printout</source>
        <translation>Pokaż wydruk</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>We could not suggest a treatment from your answers today. A practitioner will talk with you about what else could help.</source>
        <translation>Na podstawie dzisiejszych odpowiedzi nie możemy zaproponować zabiegu. Specjalista omówi, co jeszcze mogłoby pomóc.</translation>
    </message>
    <message>
        <source>Why: it helps with {0}.</source>
        <translation>Dlaczego ten zabieg? Pomaga przy: {0}.</translation>
    </message>
    <message>
        <source>Session {0}: {1}</source>
        <translation>Sesja {0}: {1}</translation>
    </message>
    <message>
        <source>The clinic will confirm the dates with you.</source>
        <translation>Klinika potwierdzi terminy.</translation>
    </message>
    <message>
        <source>We will set the dates with you once your skin is ready.</source>
        <translation>Terminy ustalimy wspólnie, gdy skóra będzie gotowa.</translation>
    </message>
    <message>
        <source>Cost: {0} to {1} for the course</source>
        <translation>Koszt: od {0} do {1} za całą serię</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>Przygotowanie</translation>
    </message>
</context>
<context>
    <name>PrintoutPreview</name>
    <message>
        <source>Your printout</source>
        <translation>Wydruk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message numerus="yes">
        <source>%n question(s) still need an answer: see the orange mark.</source>
        <translation>
            <numerusform>Prosimy odpowiedzieć na %n pytanie oznaczone na pomarańczowo.</numerusform>
            <numerusform>Prosimy odpowiedzieć na %n pytania oznaczone na pomarańczowo.</numerusform>
            <numerusform>Prosimy odpowiedzieć na %n pytań oznaczonych na pomarańczowo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>(no name yet)</source>
        <translation>(jeszcze bez nazwiska)</translation>
    </message>
    <message>
        <source>needs print</source>
        <translation>do wydruku</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Consultations</source>
        <translation>Konsultacje</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached just now. Consultations stay safe on the kiosks; this list updates by itself when the server is back.</source>
        <translation>Serwer kliniki jest w tej chwili nieosiągalny. Konsultacje są bezpieczne w kioskach; lista zaktualizuje się sama, gdy serwer znów zadziała.</translation>
    </message>
    <message>
        <source>Name, or date of birth (14/03/1988)</source>
        <translation>Nazwisko lub data urodzenia (14/03/1988)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data od</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data do</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>More than {0} shown, {1} awaiting review</source>
        <translation>Pokazano ponad {0}, {1} czeka na przegląd</translation>
    </message>
    <message>
        <source>{0} shown, {1} awaiting review</source>
        <translation>Wyświetlono: {0}, czeka na ocenę: {1}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Your results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Good news: {0} suits you.</source>
        <translation>Dobra wiadomość: {0} – ten zabieg jest odpowiedni.</translation>
    </message>
    <message>
        <source>Your personal plan is on the next screens.</source>
        <translation>Indywidualny plan jest na kolejnych ekranach.</translation>
    </message>
    <message>
        <source>{0} may suit you. A practitioner will talk it through with you first.</source>
        <translation>{0} – ten zabieg może być odpowiedni. Najpierw omówi go specjalista.</translation>
    </message>
    <message>
        <source>This is usual, and it keeps your treatment safe.</source>
        <translation>To standardowa procedura, która zapewnia bezpieczeństwo zabiegu.</translation>
    </message>
    <message>
        <source>Not today, but from {0}.</source>
        <translation>Nie dzisiaj, ale od {0}.</translation>
    </message>
    <message>
        <source>{0} can start then. Your plan is on the next screens.</source>
        <translation>{0}: wtedy można rozpocząć zabieg. Plan jest na kolejnych ekranach.</translation>
    </message>
    <message>
        <source>Not today, but soon.</source>
        <translation>Nie dzisiaj, ale wkrótce.</translation>
    </message>
    <message>
        <source>{0} can start once the reasons below have passed.</source>
        <translation>{0}: zabieg można rozpocząć, gdy ustąpią poniższe przyczyny.</translation>
    </message>
    <message>
        <source>These treatments are not right for you at the moment.</source>
        <translation>Te zabiegi nie są obecnie wskazane.</translation>
    </message>
    <message>
        <source>Please talk to us at the front desk: we are happy to help.</source>
        <translation>Prosimy porozmawiać z nami w recepcji: chętnie pomożemy.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>(from {0})</source>
        <translation>(od {0})</translation>
    </message>
    <message>
        <source>Before your treatment</source>
        <translation>Przed zabiegiem</translation>
    </message>
    <message>
        <source>Nothing here is a diagnosis. A practitioner reviews every answer before any treatment.</source>
        <translation>Nic tutaj nie jest diagnozą. Przed każdym zabiegiem specjalista sprawdza wszystkie odpowiedzi.</translation>
    </message>
</context>
<context>
    <name>ReturningPage</name>
    <message>
        <source>I have been here before</source>
        <translation>To nie jest moja pierwsza wizyta</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Witamy ponownie</translation>
    </message>
    <message>
        <source>To find your details, please give your date of birth and the first letters of your first and last names.</source>
        <translation>Aby odnaleźć dane, prosimy podać datę urodzenia i pierwsze litery imienia oraz nazwiska.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Your initials (for example AS)</source>
        <translation>Inicjały (np. AS)</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>Inicjały</translation>
    </message>
    <message>
        <source>Please also give the last {0} digits of your mobile number.</source>
        <translation>Prosimy podać też ostatnie cyfry numeru komórki (liczba cyfr: {0}).</translation>
    </message>
    <message>
        <source>The last digits of your mobile number</source>
        <translation>Ostatnie cyfry numeru komórki</translation>
    </message>
    <message>
        <source>Find me</source>
        <translation>Znajdź moje dane</translation>
    </message>
    <message>
        <source>Looking for your details...</source>
        <translation>Szukamy danych...</translation>
    </message>
    <message>
        <source>We cannot look up your details just now. Please tap Next to fill them in.</source>
        <translation>W tej chwili nie możemy wyszukać danych. Prosimy dotknąć „Dalej” i je wpisać.</translation>
    </message>
    <message>
        <source>We found your details. Tap Next: please check them, and change anything that is no longer right.</source>
        <translation>Znaleźliśmy dane. Prosimy dotknąć „Dalej”, sprawdzić je i poprawić to, co jest już nieaktualne.</translation>
    </message>
    <message>
        <source>We need one more detail to find you.</source>
        <translation>Potrzebujemy jeszcze jednej informacji, aby odnaleźć dane.</translation>
    </message>
    <message>
        <source>We could not find you. Please tap Next and fill in your details: the front desk can link your visits.</source>
        <translation>Nie znaleźliśmy danych. Prosimy dotknąć „Dalej” i je wpisać: recepcja może połączyć wizyty.</translation>
    </message>
    <message>
        <source>Please tap Find me, or go back and tap Start.</source>
        <translation>Prosimy dotknąć „Znajdź moje dane” albo wrócić i dotknąć „Rozpocznij”.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Staff: who are you?</source>
        <translation>Personel: kim jesteś?</translation>
    </message>
    <message>
        <source>Staff: your user name</source>
        <translation>Personel: nazwa użytkownika</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Type your user name first.</source>
        <translation>Najpierw wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>‹  Someone else</source>
        <translation>‹  Ktoś inny</translation>
    </message>
    <message>
        <source>  (locked)</source>
        <translation>  (zablokowane)</translation>
    </message>
    <message>
        <source>There are no staff accounts yet: an admin adds them with &apos;clinic-kiosk staff-user add&apos;.</source>
        <translation>Nie ma jeszcze kont personelu: administrator dodaje je poleceniem &apos;clinic-kiosk staff-user add&apos;.</translation>
    </message>
    <message>
        <source>{0}: your PIN</source>
        <translation>{0}: PIN</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Sprawdzanie...</translation>
    </message>
    <message>
        <source>This account is locked. An admin can unlock it.</source>
        <translation>To konto jest zablokowane. Może je odblokować administrator.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait and try again.</source>
        <translation>Zbyt wiele błędnych kodów PIN. Odczekaj i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>That user name or PIN is not right.</source>
        <translation>Nieprawidłowa nazwa użytkownika lub PIN.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Nieprawidłowy PIN.</translation>
    </message>
    <message>
        <source>Staff sign-in is not available right now.</source>
        <translation>Logowanie personelu jest w tej chwili niedostępne.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Pole podpisu</translation>
    </message>
</context>
<context>
    <name>SkinTypePage</name>
    <message>
        <source>Answer the questions above, or choose your skin type.</source>
        <translation>Prosimy odpowiedzieć na powyższe pytania albo wybrać fototyp skóry.</translation>
    </message>
    <message>
        <source>Your answers suggest skin type {0}. You can change it if you know better.</source>
        <translation>Z odpowiedzi wynika fototyp skóry {0}. Jeśli to nie ten, można go zmienić.</translation>
    </message>
</context>
<context>
    <name>StaffAnswer</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>brak odpowiedzi</translation>
    </message>
</context>
<context>
    <name>StaffAuditAction</name>
    <message>
        <source>Signed in</source>
        <translation>Zalogowano</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Odmowa logowania</translation>
    </message>
    <message>
        <source>Refused: not allowed for this role</source>
        <translation>Odmowa: niedozwolone dla tej roli</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Wyświetlono</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Podjęto decyzję</translation>
    </message>
    <message>
        <source>Added a note</source>
        <translation>Dodano notatkę</translation>
    </message>
    <message>
        <source>Marked arrived</source>
        <translation>Oznaczono przybycie</translation>
    </message>
    <message>
        <source>Answered a call for help</source>
        <translation>Odpowiedziano na prośbę o pomoc</translation>
    </message>
    <message>
        <source>Looked at the printout</source>
        <translation>Wyświetlono wydruk</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Wydrukowano ponownie</translation>
    </message>
    <message>
        <source>Saved a copy of the printout</source>
        <translation>Zapisano kopię wydruku</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wyeksportowano</translation>
    </message>
    <message>
        <source>Purged old records</source>
        <translation>Usunięto stare zapisy</translation>
    </message>
    <message>
        <source>Erased a client</source>
        <translation>Usunięto klienta</translation>
    </message>
    <message>
        <source>Unlocked an account</source>
        <translation>Odblokowano konto</translation>
    </message>
    <message>
        <source>Added an account</source>
        <translation>Dodano konto</translation>
    </message>
    <message>
        <source>Reset a PIN</source>
        <translation>Zresetowano PIN</translation>
    </message>
    <message>
        <source>Added demo data</source>
        <translation>Dodano dane demonstracyjne</translation>
    </message>
    <message>
        <source>Restored the database from a backup</source>
        <translation>Przywrócono bazę danych z kopii zapasowej</translation>
    </message>
    <message>
        <source>Made the clinic&apos;s audit key</source>
        <translation>Utworzono klucz dziennika audytu kliniki</translation>
    </message>
</context>
<context>
    <name>StaffAuditDetail</name>
    <message>
        <source>decision</source>
        <translation>decyzja</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>konsultacje</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>older than (days)</source>
        <translation>starsze niż (dni)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <source>abandoned drafts cleared</source>
        <translation>usunięte przerwane wersje robocze</translation>
    </message>
    <message>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <source>asked to</source>
        <translation>prośba o</translation>
    </message>
    <message>
        <source>skin type confirmed</source>
        <translation>potwierdzony fototyp skóry</translation>
    </message>
    <message>
        <source>until</source>
        <translation>do</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>computer user</source>
        <translation>użytkownik komputera</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>help request</source>
        <translation>prośba o pomoc</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>błędny PIN</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>konto zablokowane</translation>
    </message>
    <message>
        <source>too soon after wrong PINs</source>
        <translation>zbyt szybko po błędnych kodach PIN</translation>
    </message>
</context>
<context>
    <name>StaffColumn</name>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Wydruk</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Kiedy (UTC)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultacja</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>StaffCorner</name>
    <message>
        <source>Staff access (press and hold)</source>
        <translation>Dostęp dla personelu (naciśnij i przytrzymaj)</translation>
    </message>
</context>
<context>
    <name>StaffDecision</name>
    <message>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Do kontroli</translation>
    </message>
    <message>
        <source>Defer until</source>
        <translation>Odłóż do</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Odrzuć</translation>
    </message>
</context>
<context>
    <name>StaffFilter</name>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Czeka na ocenę</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Z ostrzeżeniem</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Odłożone</translation>
    </message>
    <message>
        <source>Needs print</source>
        <translation>Do wydruku</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
</context>
<context>
    <name>StaffOutcome</name>
    <message>
        <source>Not suitable</source>
        <translation>Nieodpowiedni</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Wymaga oceny</translation>
    </message>
    <message>
        <source>Prepare first</source>
        <translation>Najpierw przygotowanie</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Odpowiedni</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>front desk</source>
        <translation>recepcja</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>specjalista</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>StaffSignIn</name>
    <message>
        <source>Staff screen</source>
        <translation>Ekran personelu</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Zamknij kiosk</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Wróć do kiosku</translation>
    </message>
    <message>
        <source>Hello, {0}</source>
        <translation>Dzień dobry, {0}</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Przerwane</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Czeka na ocenę</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzone</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Do kontroli</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Odłożone</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>{0}: staff</source>
        <translation>{0}: personel</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Back to the client screen</source>
        <translation>Wróć do ekranu klienta</translation>
    </message>
    <message>
        <source>This kiosk&apos;s outbox: {0}.</source>
        <translation>Skrzynka nadawcza kiosku: {0}.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Warning: the audit trail was tampered with ({0}).</source>
        <translation>Uwaga: dziennik zdarzeń został zmieniony bez uprawnień ({0}).</translation>
    </message>
    <message>
        <source>{0} until {1}</source>
        <translation>{0} do {1}</translation>
    </message>
    <message>
        <source>✓  Decision saved: {0}.</source>
        <translation>✓  Zapisano decyzję: {0}.</translation>
    </message>
    <message>
        <source>✓  Note added.</source>
        <translation>✓  Dodano notatkę.</translation>
    </message>
    <message>
        <source>This consultation has no plan to print.</source>
        <translation>Ta konsultacja nie ma planu do wydruku.</translation>
    </message>
    <message>
        <source>Printing failed: {0}</source>
        <translation>Drukowanie nie powiodło się: {0}</translation>
    </message>
    <message>
        <source>No printer is set up here.</source>
        <translation>Nie skonfigurowano tu drukarki.</translation>
    </message>
    <message>
        <source>Printing...</source>
        <translation>Drukowanie...</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <source>Not done: {0}.</source>
        <translation>Nie wykonano: {0}.</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>Nie udało się zapisać: {0}</translation>
    </message>
    <message>
        <source>Exported {0} consultations to {1}.</source>
        <translation>Wyeksportowano konsultacje ({0}) do {1}.</translation>
    </message>
    <message>
        <source>Export consultations</source>
        <translation>Eksportuj konsultacje</translation>
    </message>
    <message>
        <source>Deleted {0} old consultations; cleared {1} abandoned drafts.</source>
        <translation>Usunięto stare konsultacje: {0}; usunięto przerwane wersje robocze: {1}.</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Czy nadal ktoś tu jest?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Tak, nadal tu jestem</translation>
    </message>
    <message>
        <source>Clear my answers now</source>
        <translation>Usuń teraz moje odpowiedzi</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, your answers will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Dla ochrony prywatności odpowiedzi zostaną usunięte za %n sekundę.</numerusform>
            <numerusform>Dla ochrony prywatności odpowiedzi zostaną usunięte za %n sekundy.</numerusform>
            <numerusform>Dla ochrony prywatności odpowiedzi zostaną usunięte za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you</source>
        <translation>Dziękujemy</translation>
    </message>
    <message>
        <source>Please take a seat. A practitioner will see you soon and go through your plan with you.</source>
        <translation>Prosimy usiąść. Wkrótce specjalista zaprosi na rozmowę i omówi plan.</translation>
    </message>
    <message>
        <source>Thank you, {0}</source>
        <translation>Dziękujemy, {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>Witamy w {0}</translation>
    </message>
    <message>
        <source>Find out which skin treatments suit you, and take home your own plan. It takes about 10 minutes.</source>
        <translation>Krótka ankieta pokaże, które zabiegi na skórę są odpowiednie, a na koniec powstanie indywidualny plan do zabrania. Zajmuje to około 10 minut.</translation>
    </message>
    <message>
        <source>Answer at your own pace: you can go back at any time. If you need reading glasses or help, please ask at the front desk.</source>
        <translation>Można odpowiadać we własnym tempie i w każdej chwili wrócić. Okulary do czytania lub pomoc są dostępne w recepcji.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy: if nobody touches the screen for %n second(s), we ask whether you are still there, and then clear your answers.</source>
        <translation>
            <numerusform>Dla ochrony prywatności: jeśli nikt nie dotknie ekranu przez %n sekundę, zapytamy, czy ktoś tu jest, a potem usuniemy odpowiedzi.</numerusform>
            <numerusform>Dla ochrony prywatności: jeśli nikt nie dotknie ekranu przez %n sekundy, zapytamy, czy ktoś tu jest, a potem usuniemy odpowiedzi.</numerusform>
            <numerusform>Dla ochrony prywatności: jeśli nikt nie dotknie ekranu przez %n sekund, zapytamy, czy ktoś tu jest, a potem usuniemy odpowiedzi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Next</source>
        <extracomment>counted in the progress bar the idle countdown runs while this page is shown the window shows Back and Next for it Next stays disabled (rather than explaining) until the page is complete</extracomment>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>fit</name>
    <message>
        <source>very well</source>
        <translation>bardzo dobrze</translation>
    </message>
    <message>
        <source>well</source>
        <translation>dobrze</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>trochę</translation>
    </message>
    <message>
        <source>not really</source>
        <translation>raczej nie</translation>
    </message>
</context>
</TS>
