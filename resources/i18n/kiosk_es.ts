<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Plan emailed to the client.</source>
        <translation>Plan enviado al cliente por correo electrónico.</translation>
    </message>
    <message>
        <source>Plan email not sent yet: {0}. It is tried again.</source>
        <translation>El correo del plan aún no se ha enviado: {0}. Se volverá a intentar.</translation>
    </message>
    <message>
        <source>Plan email waiting to be sent.</source>
        <translation>Correo del plan pendiente de envío.</translation>
    </message>
    <message>
        <source>Earlier visits</source>
        <translation>Visitas anteriores</translation>
    </message>
    <message>
        <source>This is the client&apos;s first visit on record.</source>
        <translation>Es la primera visita registrada de este cliente.</translation>
    </message>
    <message>
        <source>nothing suggested</source>
        <translation>nada sugerido</translation>
    </message>
    <message>
        <source>Since the last visit</source>
        <translation>Desde la última visita</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>New flag: {0}</source>
        <translation>Nueva alerta: {0}</translation>
    </message>
    <message>
        <source>No longer flagged: {0}</source>
        <translation>Ya sin alerta: {0}</translation>
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
        <translation>‹  Lista</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Export (FHIR JSON)</source>
        <translation>Exportar (FHIR JSON)</translation>
    </message>
    <message>
        <source>Export (CSV)</source>
        <translation>Exportar (CSV)</translation>
    </message>
    <message>
        <source>Delete past the retention period…</source>
        <translation>Eliminar lo que supera el plazo de conservación…</translation>
    </message>
    <message>
        <source>Delete every consultation older than {0} days?</source>
        <translation>¿Eliminar todas las consultas de hace más de {0} días?</translation>
    </message>
    <message>
        <source>Each of them for good: the client&apos;s answers, flags, plan, signed consent and signature, and every decision and note.</source>
        <translation>Cada una de ellas para siempre: las respuestas del cliente, las alertas, el plan, el consentimiento firmado y la firma, y todas las decisiones y notas.</translation>
    </message>
    <message>
        <source>The answers of consultations abandoned more than {0} hours ago.</source>
        <translation>Las respuestas de las consultas abandonadas hace más de {0} horas.</translation>
    </message>
    <message>
        <source>Clients left with no consultation are erased with them.</source>
        <translation>Los clientes que se quedan sin ninguna consulta se borran con ellas.</translation>
    </message>
    <message>
        <source>Hold to delete</source>
        <translation>Mantener para eliminar</translation>
    </message>
    <message>
        <source>New accounts and new PINs are made with &apos;clinic-kiosk staff-user&apos;, where each person types their own PIN.</source>
        <translation>Las cuentas y los PIN nuevos se crean con &apos;clinic-kiosk staff-user&apos;, donde cada persona escribe su propio PIN.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>{0} failed sign-ins</source>
        <translation>{0} accesos fallidos</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>‹  Queue</source>
        <translation>‹  Lista</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The chain is unbroken ({0} events).</source>
        <translation>La cadena está intacta ({0} eventos).</translation>
    </message>
    <message>
        <source>Warning: {0}. Someone changed the records outside the kiosk.</source>
        <translation>Atención: {0}. Alguien modificó los registros fuera del quiosco.</translation>
    </message>
</context>
<context>
    <name>CannotStartNotice</name>
    <message>
        <source>The kiosk cannot start</source>
        <translation>El quiosco no puede iniciarse</translation>
    </message>
    <message>
        <source>Sorry, this kiosk is not available just now.</source>
        <translation>Lo sentimos, este quiosco no está disponible en este momento.</translation>
    </message>
    <message>
        <source>Please ask at the front desk. We will be glad to help.</source>
        <translation>Por favor, pregunte en recepción. Con gusto le ayudaremos.</translation>
    </message>
    <message>
        <source>For staff: the kiosk could not start.</source>
        <translation>Para el personal: el quiosco no pudo iniciarse.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>the console</source>
        <translation>la consola</translation>
    </message>
    <message>
        <source>Every detail is in the log: {0}. Once it is put right, tap Try again.</source>
        <translation>Todos los detalles están en el registro: {0}. Una vez corregido, toque Reintentar.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Suits you</source>
        <translation>Le conviene</translation>
    </message>
    <message>
        <source>Talk with us first</source>
        <translation>Hable antes con nosotros</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>Not for you now</source>
        <translation>Ahora no es para usted</translation>
    </message>
    <message>
        <source>Explore and compare</source>
        <translation>Explore y compare</translation>
    </message>
    <message>
        <source>How each treatment helps with what you chose. Tap a treatment to learn more.</source>
        <translation>Cómo ayuda cada tratamiento con lo que usted eligió. Toque un tratamiento para saber más.</translation>
    </message>
    <message>
        <source>●●● very well   ●●○ well   ●○○ a little   ○○○ not really</source>
        <translation>●●● muy bien   ●●○ bien   ●○○ un poco   ○○○ apenas</translation>
    </message>
    <message>
        <source>(from {0})</source>
        <translation>(a partir del {0})</translation>
    </message>
    <message>
        <source>Our suggestion for you</source>
        <translation>Nuestra sugerencia para usted</translation>
    </message>
    <message>
        <source>Does not help with what you chose</source>
        <translation>No ayuda con lo que eligió</translation>
    </message>
    <message numerus="yes">
        <source>Helps with %n of what you chose</source>
        <translation>
            <numerusform>Ayuda con %n de sus elecciones</numerusform>
            <numerusform>Ayuda con %n de sus elecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>A very good match for you</source>
        <translation>Muy adecuado para usted</translation>
    </message>
    <message>
        <source>A good match for you</source>
        <translation>Adecuado para usted</translation>
    </message>
    <message>
        <source>Helps a little with what you chose</source>
        <translation>Ayuda un poco con lo que eligió</translation>
    </message>
    <message>
        <source>Next to our suggestion: {0}</source>
        <translation>Frente a nuestra sugerencia: {0}</translation>
    </message>
    <message>
        <source>Check with us for your skin tone</source>
        <translation>Consúltenos por su tono de piel</translation>
    </message>
    <message>
        <source>The best of these for {0}</source>
        <translation>El mejor de estos para {0}</translation>
    </message>
    <message>
        <source>Costs less than {0}</source>
        <translation>Cuesta menos que {0}</translation>
    </message>
    <message>
        <source>Costs more than {0}</source>
        <translation>Cuesta más que {0}</translation>
    </message>
    <message>
        <source>The fewest sessions</source>
        <translation>Menos sesiones</translation>
    </message>
    <message>
        <source>The quickest recovery</source>
        <translation>La recuperación más rápida</translation>
    </message>
    <message>
        <source>The lowest cost</source>
        <translation>El precio más bajo</translation>
    </message>
    <message>
        <source>fewer sessions</source>
        <translation>menos sesiones</translation>
    </message>
    <message>
        <source>more sessions</source>
        <translation>más sesiones</translation>
    </message>
    <message>
        <source>quicker to recover</source>
        <translation>recuperación más rápida</translation>
    </message>
    <message>
        <source>longer to recover</source>
        <translation>recuperación más lenta</translation>
    </message>
    <message>
        <source>costs less</source>
        <translation>cuesta menos</translation>
    </message>
    <message>
        <source>costs more</source>
        <translation>cuesta más</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} to {1} sessions</source>
        <translation>{0} a {1} sesiones</translation>
    </message>
    <message>
        <source>no time to recover</source>
        <translation>sin tiempo de recuperación</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to recover</source>
        <translation>
            <numerusform>%n día de recuperación</numerusform>
            <numerusform>%n días de recuperación</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} to {1} days to recover</source>
        <translation>{0} a {1} días de recuperación</translation>
    </message>
    <message>
        <source>{0} for the course</source>
        <translation>{0} por el tratamiento completo</translation>
    </message>
    <message>
        <source>Because of your answers, treatment can start from {0}.</source>
        <translation>Según sus respuestas, el tratamiento puede empezar a partir del {0}.</translation>
    </message>
    <message>
        <source>I&apos;d like to hear about this</source>
        <translation>Me gustaría saber más</translation>
    </message>
    <message>
        <source>✓  We will tell you about it</source>
        <translation>✓  Le informaremos</translation>
    </message>
    <message>
        <source>‹  Back to the comparison</source>
        <translation>‹  Volver a la comparación</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Cómo funciona</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>Ideal para</translation>
    </message>
    <message>
        <source>What to expect on the day</source>
        <translation>Qué esperar el día del tratamiento</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>How many sessions</source>
        <translation>Cuántas sesiones</translation>
    </message>
    <message>
        <source>Skin tones</source>
        <translation>Tonos de piel</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Clear the signature</source>
        <translation>Borrar la firma</translation>
    </message>
    <message>
        <source>Welcome back. You signed this notice last time, and your signature is kept. Please read it and tap to agree again.</source>
        <translation>Le damos de nuevo la bienvenida. Usted firmó este aviso la última vez y su firma se conserva. Por favor, léalo y toque para aceptarlo de nuevo.</translation>
    </message>
    <message>
        <source>Welcome back. This notice has changed since your last visit: please read it, agree and sign again.</source>
        <translation>Le damos de nuevo la bienvenida. Este aviso ha cambiado desde su última visita: por favor, léalo, acéptelo y vuelva a firmar.</translation>
    </message>
    <message>
        <source>Please tap to agree, type your name and sign.</source>
        <translation>Por favor, toque para aceptar, escriba su nombre y firme.</translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation>Por favor, escriba su nombre.</translation>
    </message>
    <message>
        <source>Please sign with your finger.</source>
        <translation>Por favor, firme con el dedo.</translation>
    </message>
</context>
<context>
    <name>ConsultationPage</name>
    <message>
        <source>‹  Queue</source>
        <translation>‹  Lista</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Born {0} (age {1})</source>
        <translation>Nacimiento: {0} ({1} años)</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Estado: {0}</translation>
    </message>
    <message>
        <source>Started {0} on {1}</source>
        <translation>Iniciada el {0} en {1}</translation>
    </message>
    <message>
        <source>Content version {0}</source>
        <translation>Versión del contenido {0}</translation>
    </message>
    <message>
        <source>Client&apos;s language: {0}</source>
        <translation>Idioma del cliente: {0}</translation>
    </message>
    <message>
        <source>Arrived at {0}</source>
        <translation>Llegó a las {0}</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation>Marcar llegada</translation>
    </message>
    <message>
        <source>Erase this client…</source>
        <translation>Borrar a este cliente…</translation>
    </message>
    <message>
        <source>Erase {0} for good?</source>
        <translation>¿Borrar a {0} para siempre?</translation>
    </message>
    <message>
        <source>Their name, date of birth, phone and email.</source>
        <translation>Su nombre, fecha de nacimiento, teléfono y correo electrónico.</translation>
    </message>
    <message>
        <source>Every consultation of theirs, this one included: the answers, the flags, the plan, the signed consent and the signature.</source>
        <translation>Todas sus consultas, incluida esta: las respuestas, las alertas, el plan, el consentimiento firmado y la firma.</translation>
    </message>
    <message>
        <source>Every decision and note about them.</source>
        <translation>Todas las decisiones y notas sobre este cliente.</translation>
    </message>
    <message>
        <source>The audit trail keeps only that a client was erased, and by whom.</source>
        <translation>El registro de auditoría solo conserva que se borró un cliente y quién lo hizo.</translation>
    </message>
    <message>
        <source>Hold to erase</source>
        <translation>Mantener para borrar</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>No flags were raised.</source>
        <translation>No se generó ninguna alerta.</translation>
    </message>
    <message>
        <source>Raised by:</source>
        <translation>Generada por:</translation>
    </message>
    <message>
        <source>Lifts on {0}</source>
        <translation>Expira el {0}</translation>
    </message>
    <message>
        <source>Treatments: {0}</source>
        <translation>Tratamientos: {0}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Answers, as asked</source>
        <translation>Respuestas, tal como se preguntaron</translation>
    </message>
    <message>
        <source>Not submitted: no answers were kept.</source>
        <translation>No enviada: no se guardó ninguna respuesta.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Plan as given</source>
        <translation>Plan entregado</translation>
    </message>
    <message>
        <source>No plan: the consultation was not submitted.</source>
        <translation>Sin plan: la consulta no se envió.</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Resultado: {0}</translation>
    </message>
    <message>
        <source>Suggested: {0}</source>
        <translation>Sugerido: {0}</translation>
    </message>
    <message>
        <source>Sessions: {0}</source>
        <translation>Sesiones: {0}</translation>
    </message>
    <message>
        <source>Needle depth {0:g} to {1:g} mm</source>
        <translation>Profundidad de aguja de {0:g} a {1:g} mm</translation>
    </message>
    <message>
        <source>The client would like to hear about: {0}</source>
        <translation>Al cliente le gustaría saber más sobre: {0}</translation>
    </message>
    <message>
        <source>The client is still waiting for a printed copy.</source>
        <translation>El cliente aún espera una copia impresa.</translation>
    </message>
    <message>
        <source>Preview handout</source>
        <translation>Ver el impreso</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>No consent was recorded.</source>
        <translation>No se registró ningún consentimiento.</translation>
    </message>
    <message>
        <source>Typed name: {0}</source>
        <translation>Nombre escrito: {0}</translation>
    </message>
    <message>
        <source>Agreed {0} UTC, notice {1}</source>
        <translation>Aceptado el {0} UTC, aviso {1}</translation>
    </message>
    <message>
        <source>Read in {0}</source>
        <translation>Leído en {0}</translation>
    </message>
    <message>
        <source>Text fingerprint {0}…</source>
        <translation>Huella del texto {0}…</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Decisions and notes</source>
        <translation>Decisiones y notas</translation>
    </message>
    <message>
        <source> until {0}</source>
        <translation> hasta el {0}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A note for the team</source>
        <translation>Una nota para el equipo</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>A practitioner decides on this consultation.</source>
        <translation>Un profesional decide sobre esta consulta.</translation>
    </message>
    <message>
        <source>Only a submitted consultation can be decided.</source>
        <translation>Solo se puede decidir sobre una consulta enviada.</translation>
    </message>
    <message>
        <source>Skin type (confirm):</source>
        <translation>Fototipo (confirmar):</translation>
    </message>
    <message>
        <source>Confirmed skin type</source>
        <translation>Fototipo confirmado</translation>
    </message>
    <message>
        <source>Defer until</source>
        <translation>Aplazar hasta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason (needed when approving over a flag)</source>
        <translation>Motivo (necesario si se aprueba pese a una alerta)</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Guardar decisión</translation>
    </message>
    <message>
        <source>The plan cannot be worked out again with today&apos;s content.</source>
        <translation>El plan no se puede volver a calcular con el contenido actual.</translation>
    </message>
    <message>
        <source> (changed from {0})</source>
        <translation> (antes: {0})</translation>
    </message>
    <message>
        <source>With this skin type: {0}, {1}{2}</source>
        <translation>Con este fototipo: {0}, {1}{2}</translation>
    </message>
    <message>
        <source>Choose a decision first.</source>
        <translation>Primero elija una decisión.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>DangerConfirmation</name>
    <message>
        <source>This cannot be undone. Hold the red button for 2 seconds to confirm.</source>
        <translation>Esto no se puede deshacer. Mantenga presionado el botón rojo 2 segundos para confirmar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>There is no {0} {1}.</source>
        <translation>No existe el {0} de {1}.</translation>
    </message>
    <message>
        <source>A month is a number from 1 to 12.</source>
        <translation>El mes es un número del 1 al 12.</translation>
    </message>
    <message>
        <source>Please finish the date (day, month and a four-digit year), or clear it.</source>
        <translation>Por favor, complete la fecha (día, mes y año de cuatro cifras) o bórrela.</translation>
    </message>
</context>
<context>
    <name>EmailChoice</name>
    <message>
        <source>Email me my plan</source>
        <translation>Enviarme el plan por correo</translation>
    </message>
    <message>
        <source>To {0}. The email only says that your plan is attached.</source>
        <translation>A {0}. El correo solo indica que su plan va adjunto.</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>Help asked at kiosk {0}, {1} min ago</source>
        <translation>Piden ayuda en el quiosco {0}, hace {1} min</translation>
    </message>
    <message>
        <source>(before their consultation began)</source>
        <translation>(antes de empezar su consulta)</translation>
    </message>
    <message>
        <source>(their consultation is marked below)</source>
        <translation>(su consulta está marcada abajo)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atendido</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>‹  Back</source>
        <translation>‹  Atrás</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Paso {0} de {1}</translation>
    </message>
    <message>
        <source>Your answers are not saved yet. Please let the front desk know.</source>
        <translation>Sus respuestas aún no se han guardado. Por favor, avise en recepción.</translation>
    </message>
    <message>
        <source>Printing your plan...</source>
        <translation>Imprimiendo su plan...</translation>
    </message>
    <message>
        <source>Your plan is printing. Please collect it from the printer.</source>
        <translation>Su plan se está imprimiendo. Por favor, recójalo en la impresora.</translation>
    </message>
    <message>
        <source>We could not print your plan just now. Nothing is lost: the front desk will print your copy for you.</source>
        <translation>No pudimos imprimir su plan en este momento. No se ha perdido nada: en recepción le imprimirán su copia.</translation>
    </message>
    <message>
        <source>Preparing your printout...</source>
        <translation>Preparando su copia impresa...</translation>
    </message>
    <message>
        <source>Asking the front desk...</source>
        <translation>Avisando a recepción...</translation>
    </message>
    <message>
        <source>Someone from the front desk is coming.</source>
        <translation>Alguien de recepción viene a ayudarle.</translation>
    </message>
    <message>
        <source>Please go to the front desk.</source>
        <translation>Por favor, acérquese a recepción.</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: {0}</source>
        <translation>Idioma: {0}</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Mayúscula</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Letras con acento</translation>
    </message>
</context>
<context>
    <name>PageTools</name>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Texto muy grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Please help me</source>
        <translation>Necesito ayuda</translation>
    </message>
    <message>
        <source>Message from the front desk</source>
        <translation>Mensaje de recepción</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your plan</source>
        <translation>Su plan</translation>
    </message>
    <message>
        <source>Print my plan</source>
        <translation>Imprimir mi plan</translation>
    </message>
    <message>
        <source>See my printout</source>
        <translation>Ver mi copia impresa</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>We could not suggest a treatment from your answers today. A practitioner will talk with you about what else could help.</source>
        <translation>Hoy no pudimos sugerirle un tratamiento a partir de sus respuestas. Un profesional hablará con usted sobre otras opciones que podrían ayudarle.</translation>
    </message>
    <message>
        <source>Why: it helps with {0}.</source>
        <translation>Por qué: ayuda con {0}.</translation>
    </message>
    <message>
        <source>Session {0}: {1}</source>
        <translation>Sesión {0}: {1}</translation>
    </message>
    <message>
        <source>The clinic will confirm the dates with you.</source>
        <translation>La clínica confirmará las fechas con usted.</translation>
    </message>
    <message>
        <source>We will set the dates with you once your skin is ready.</source>
        <translation>Fijaremos las fechas con usted cuando su piel esté preparada.</translation>
    </message>
    <message>
        <source>Cost: {0} to {1} for the course</source>
        <translation>Precio: de {0} a {1} por el tratamiento completo</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>Preparación</translation>
    </message>
</context>
<context>
    <name>PrintoutPreview</name>
    <message>
        <source>Your printout</source>
        <translation>Su copia impresa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message numerus="yes">
        <source>%n question(s) still need an answer: see the orange mark.</source>
        <translation>
            <numerusform>Falta por responder %n pregunta: vea la marca naranja.</numerusform>
            <numerusform>Faltan por responder %n preguntas: vea la marca naranja.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>needs print</source>
        <translation>falta imprimir</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached just now. Consultations stay safe on the kiosks; this list updates by itself when the server is back.</source>
        <translation>No se puede conectar con el servidor de la clínica en este momento. Las consultas siguen seguras en los quioscos; esta lista se actualizará sola cuando vuelva el servidor.</translation>
    </message>
    <message>
        <source>Name, or date of birth (14/03/1988)</source>
        <translation>Nombre o fecha de nacimiento (14/03/1988)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>More than {0} shown, {1} awaiting review</source>
        <translation>Más de {0} mostradas, {1} pendientes de revisión</translation>
    </message>
    <message>
        <source>{0} shown, {1} awaiting review</source>
        <translation>{0} mostradas, {1} pendientes de revisión</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Your results</source>
        <translation>Sus resultados</translation>
    </message>
    <message>
        <source>Good news: {0} suits you.</source>
        <translation>Buenas noticias: {0} es una buena opción para usted.</translation>
    </message>
    <message>
        <source>Your personal plan is on the next screens.</source>
        <translation>Su plan personal está en las siguientes pantallas.</translation>
    </message>
    <message>
        <source>{0} may suit you. A practitioner will talk it through with you first.</source>
        <translation>{0} puede ser una buena opción para usted. Antes, un profesional lo hablará con usted.</translation>
    </message>
    <message>
        <source>This is usual, and it keeps your treatment safe.</source>
        <translation>Es lo habitual, y así su tratamiento es más seguro.</translation>
    </message>
    <message>
        <source>Not today, but from {0}.</source>
        <translation>Hoy no, pero sí a partir del {0}.</translation>
    </message>
    <message>
        <source>{0} can start then. Your plan is on the next screens.</source>
        <translation>Entonces podrá empezar con {0}. Su plan está en las siguientes pantallas.</translation>
    </message>
    <message>
        <source>Not today, but soon.</source>
        <translation>Hoy no, pero pronto.</translation>
    </message>
    <message>
        <source>{0} can start once the reasons below have passed.</source>
        <translation>Podrá empezar con {0} cuando ya no se den los motivos de abajo.</translation>
    </message>
    <message>
        <source>These treatments are not right for you at the moment.</source>
        <translation>En este momento, estos tratamientos no son adecuados para usted.</translation>
    </message>
    <message>
        <source>Please talk to us at the front desk: we are happy to help.</source>
        <translation>Por favor, hable con nosotros en recepción: con gusto le ayudaremos.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>(from {0})</source>
        <translation>(a partir del {0})</translation>
    </message>
    <message>
        <source>Before your treatment</source>
        <translation>Antes de su tratamiento</translation>
    </message>
    <message>
        <source>Nothing here is a diagnosis. A practitioner reviews every answer before any treatment.</source>
        <translation>Nada de esto es un diagnóstico. Un profesional revisa todas las respuestas antes de cualquier tratamiento.</translation>
    </message>
</context>
<context>
    <name>ReturningPage</name>
    <message>
        <source>I have been here before</source>
        <translation>Ya he venido antes</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>To find your details, please give your date of birth and the first letters of your first and last names.</source>
        <translation>Para encontrar sus datos, indique su fecha de nacimiento y la primera letra de su nombre y de su apellido.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Your initials (for example AS)</source>
        <translation>Sus iniciales (por ejemplo, AS)</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>Sus iniciales</translation>
    </message>
    <message>
        <source>Please also give the last {0} digits of your mobile number.</source>
        <translation>Indique también los últimos {0} dígitos de su número de teléfono.</translation>
    </message>
    <message>
        <source>The last digits of your mobile number</source>
        <translation>Los últimos dígitos de su teléfono</translation>
    </message>
    <message>
        <source>Find me</source>
        <translation>Buscarme</translation>
    </message>
    <message>
        <source>Looking for your details...</source>
        <translation>Buscando sus datos...</translation>
    </message>
    <message>
        <source>We cannot look up your details just now. Please tap Next to fill them in.</source>
        <translation>No podemos buscar sus datos en este momento. Toque Siguiente para completarlos.</translation>
    </message>
    <message>
        <source>We found your details. Tap Next: please check them, and change anything that is no longer right.</source>
        <translation>Encontramos sus datos. Toque Siguiente: por favor, revíselos y cambie lo que ya no sea correcto.</translation>
    </message>
    <message>
        <source>We need one more detail to find you.</source>
        <translation>Necesitamos un dato más para encontrar sus datos.</translation>
    </message>
    <message>
        <source>We could not find you. Please tap Next and fill in your details: the front desk can link your visits.</source>
        <translation>No encontramos sus datos. Toque Siguiente y complételos: en recepción pueden vincular sus visitas.</translation>
    </message>
    <message>
        <source>Please tap Find me, or go back and tap Start.</source>
        <translation>Toque Buscarme, o vuelva atrás y toque Empezar.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Staff: who are you?</source>
        <translation>Personal: ¿quién es usted?</translation>
    </message>
    <message>
        <source>Staff: your user name</source>
        <translation>Personal: su nombre de usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Type your user name first.</source>
        <translation>Primero escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>‹  Someone else</source>
        <translation>‹  Otra persona</translation>
    </message>
    <message>
        <source>  (locked)</source>
        <translation>  (bloqueada)</translation>
    </message>
    <message>
        <source>There are no staff accounts yet: an admin adds them with &apos;clinic-kiosk staff-user add&apos;.</source>
        <translation>Aún no hay cuentas del personal: un administrador las añade con &apos;clinic-kiosk staff-user add&apos;.</translation>
    </message>
    <message>
        <source>{0}: your PIN</source>
        <translation>{0}: su PIN</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message>
        <source>This account is locked. An admin can unlock it.</source>
        <translation>Esta cuenta está bloqueada. Un administrador puede desbloquearla.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait and try again.</source>
        <translation>Demasiados PIN incorrectos. Espere e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That user name or PIN is not right.</source>
        <translation>El nombre de usuario o el PIN no es correcto.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>El PIN no es correcto.</translation>
    </message>
    <message>
        <source>Staff sign-in is not available right now.</source>
        <translation>El acceso del personal no está disponible en este momento.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Área de firma</translation>
    </message>
</context>
<context>
    <name>SkinTypePage</name>
    <message>
        <source>Answer the questions above, or choose your skin type.</source>
        <translation>Responda las preguntas de arriba o elija su fototipo.</translation>
    </message>
    <message>
        <source>Your answers suggest skin type {0}. You can change it if you know better.</source>
        <translation>Sus respuestas indican el fototipo {0}. Puede cambiarlo si lo conoce mejor.</translation>
    </message>
</context>
<context>
    <name>StaffAnswer</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
</context>
<context>
    <name>StaffAuditAction</name>
    <message>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Refused: not allowed for this role</source>
        <translation>Denegado: no permitido para este rol</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Vio</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidió</translation>
    </message>
    <message>
        <source>Added a note</source>
        <translation>Añadió una nota</translation>
    </message>
    <message>
        <source>Marked arrived</source>
        <translation>Marcó la llegada</translation>
    </message>
    <message>
        <source>Answered a call for help</source>
        <translation>Atendió una petición de ayuda</translation>
    </message>
    <message>
        <source>Looked at the printout</source>
        <translation>Vio el impreso</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Reimprimió</translation>
    </message>
    <message>
        <source>Saved a copy of the printout</source>
        <translation>Guardó una copia del impreso</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportó</translation>
    </message>
    <message>
        <source>Purged old records</source>
        <translation>Eliminó registros antiguos</translation>
    </message>
    <message>
        <source>Erased a client</source>
        <translation>Borró a un cliente</translation>
    </message>
    <message>
        <source>Unlocked an account</source>
        <translation>Desbloqueó una cuenta</translation>
    </message>
    <message>
        <source>Added an account</source>
        <translation>Añadió una cuenta</translation>
    </message>
    <message>
        <source>Reset a PIN</source>
        <translation>Restableció un PIN</translation>
    </message>
    <message>
        <source>Added demo data</source>
        <translation>Añadió datos de demostración</translation>
    </message>
    <message>
        <source>Restored the database from a backup</source>
        <translation>Restauró la base de datos desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Made the clinic&apos;s audit key</source>
        <translation>Creó la clave de auditoría de la clínica</translation>
    </message>
</context>
<context>
    <name>StaffAuditDetail</name>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>consultas</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>older than (days)</source>
        <translation>con más de (días)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminadas</translation>
    </message>
    <message>
        <source>abandoned drafts cleared</source>
        <translation>borradores abandonados eliminados</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>asked to</source>
        <translation>solicitó</translation>
    </message>
    <message>
        <source>skin type confirmed</source>
        <translation>fototipo confirmado</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>computer user</source>
        <translation>usuario del equipo</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>quiosco</translation>
    </message>
    <message>
        <source>help request</source>
        <translation>petición de ayuda</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>cuenta bloqueada</translation>
    </message>
    <message>
        <source>too soon after wrong PINs</source>
        <translation>demasiado pronto tras PIN incorrectos</translation>
    </message>
</context>
<context>
    <name>StaffColumn</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>StaffCorner</name>
    <message>
        <source>Staff access (press and hold)</source>
        <translation>Acceso del personal (mantener presionado)</translation>
    </message>
</context>
<context>
    <name>StaffDecision</name>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Hacer seguimiento</translation>
    </message>
    <message>
        <source>Defer until</source>
        <translation>Aplazar hasta</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
</context>
<context>
    <name>StaffFilter</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Pendientes de revisión</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Con alertas</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazadas</translation>
    </message>
    <message>
        <source>Needs print</source>
        <translation>Falta imprimir</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
</context>
<context>
    <name>StaffOutcome</name>
    <message>
        <source>Not suitable</source>
        <translation>No adecuado</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Prepare first</source>
        <translation>Preparar antes</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Adecuado</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>front desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>profesional</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>StaffSignIn</name>
    <message>
        <source>Staff screen</source>
        <translation>Pantalla del personal</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Hello, {0}</source>
        <translation>Hola, {0}</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>{0}: staff</source>
        <translation>{0}: personal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Back to the client screen</source>
        <translation>Volver a la pantalla del cliente</translation>
    </message>
    <message>
        <source>This kiosk&apos;s outbox: {0}.</source>
        <translation>Bandeja de salida de este quiosco: {0}.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Warning: the audit trail was tampered with ({0}).</source>
        <translation>Atención: el registro de auditoría fue manipulado ({0}).</translation>
    </message>
    <message>
        <source>{0} until {1}</source>
        <translation>{0} hasta el {1}</translation>
    </message>
    <message>
        <source>✓  Decision saved: {0}.</source>
        <translation>✓  Decisión guardada: {0}.</translation>
    </message>
    <message>
        <source>✓  Note added.</source>
        <translation>✓  Nota añadida.</translation>
    </message>
    <message>
        <source>This consultation has no plan to print.</source>
        <translation>Esta consulta no tiene ningún plan que imprimir.</translation>
    </message>
    <message>
        <source>Printing failed: {0}</source>
        <translation>Error al imprimir: {0}</translation>
    </message>
    <message>
        <source>No printer is set up here.</source>
        <translation>No hay ninguna impresora configurada aquí.</translation>
    </message>
    <message>
        <source>Printing...</source>
        <translation>Imprimiendo...</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Not done: {0}.</source>
        <translation>No realizado: {0}.</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>No se pudo guardar: {0}</translation>
    </message>
    <message>
        <source>Exported {0} consultations to {1}.</source>
        <translation>Se exportaron {0} consultas a {1}.</translation>
    </message>
    <message>
        <source>Export consultations</source>
        <translation>Exportar consultas</translation>
    </message>
    <message>
        <source>Deleted {0} old consultations; cleared {1} abandoned drafts.</source>
        <translation>Se eliminaron {0} consultas antiguas y {1} borradores abandonados.</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Sí, sigo aquí</translation>
    </message>
    <message>
        <source>Clear my answers now</source>
        <translation>Borrar mis respuestas ahora</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, your answers will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Por su privacidad, sus respuestas se borrarán en %n segundo.</numerusform>
            <numerusform>Por su privacidad, sus respuestas se borrarán en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Please take a seat. A practitioner will see you soon and go through your plan with you.</source>
        <translation>Por favor, tome asiento. Un profesional le atenderá pronto y revisará su plan con usted.</translation>
    </message>
    <message>
        <source>Thank you, {0}</source>
        <translation>Gracias, {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>Le damos la bienvenida a {0}</translation>
    </message>
    <message>
        <source>Find out which skin treatments suit you, and take home your own plan. It takes about 10 minutes.</source>
        <translation>Descubra qué tratamientos para la piel le convienen y llévese su propio plan. Tarda unos 10 minutos.</translation>
    </message>
    <message>
        <source>Answer at your own pace: you can go back at any time. If you need reading glasses or help, please ask at the front desk.</source>
        <translation>Responda a su ritmo: puede volver atrás en cualquier momento. Si necesita lentes para leer o ayuda, pregunte en recepción.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy: if nobody touches the screen for %n second(s), we ask whether you are still there, and then clear your answers.</source>
        <translation>
            <numerusform>Por su privacidad: si nadie toca la pantalla durante %n segundo, le preguntaremos si sigue ahí y luego borraremos sus respuestas.</numerusform>
            <numerusform>Por su privacidad: si nadie toca la pantalla durante %n segundos, le preguntaremos si sigue ahí y luego borraremos sus respuestas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Next</source>
        <extracomment>counted in the progress bar the idle countdown runs while this page is shown the window shows Back and Next for it Next stays disabled (rather than explaining) until the page is complete</extracomment>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>fit</name>
    <message>
        <source>very well</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <source>well</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>un poco</translation>
    </message>
    <message>
        <source>not really</source>
        <translation>apenas</translation>
    </message>
</context>
</TS>
