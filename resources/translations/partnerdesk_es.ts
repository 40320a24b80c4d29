<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Acknowledgement</name>
    <message>
        <source>Nothing to acknowledge</source>
        <translation>No hay nada que reconocer</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>No lo reconocieron</translation>
    </message>
    <message>
        <source>Partly acknowledged</source>
        <translation>Lo reconocieron en parte</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Lo reconocieron</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Elija una pregunta a la izquierda.</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijeron</translation>
    </message>
    <message>
        <source>What we saw, heard or found out ourselves</source>
        <translation>Lo que vimos, oímos o averiguamos nosotros mismos</translation>
    </message>
    <message>
        <source>&amp;Their answer:</source>
        <translation>Lo que &amp;respondieron:</translation>
    </message>
    <message>
        <source>Our evide&amp;nce:</source>
        <translation>Nuestra evide&amp;ncia:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>Ca&amp;lificación:</translation>
    </message>
    <message>
        <source>Have they shown those &amp;values?</source>
        <translation>¿Han demostrado esos &amp;valores?</translation>
    </message>
    <message>
        <source>In what they have done, not only in what they say. Not shown, or not known yet, keeps the red flag up.</source>
        <translation>En lo que han hecho, no solo en lo que dicen. Si no los han demostrado, o todavía no se sabe, la señal de alerta sigue activa.</translation>
    </message>
    <message>
        <source>Asked &amp;by:</source>
        <translation>&amp;Quién preguntó:</translation>
    </message>
    <message>
        <source>Asked &amp;on:</source>
        <translation>Pre&amp;guntado el:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Save &amp;answer</source>
        <translation>Guardar re&amp;spuesta</translation>
    </message>
    <message>
        <source>Answered when it was worded: “{asked_as}”</source>
        <translation>Se respondió cuando la pregunta decía: «{asked_as}»</translation>
    </message>
</context>
<context>
    <name>Archives</name>
    <message>
        <source>The records inside this archive would take {size}, far more than PartnerDesk ever writes, so the archive was not used. Nothing was changed.</source>
        <translation>Los registros de este archivo comprimido ocuparían {size}, mucho más de lo que PartnerDesk escribe nunca, así que no se usó el archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The window settings inside this archive would take {size}, far more than PartnerDesk ever writes, so the archive was not used. Nothing was changed.</source>
        <translation>La configuración de la ventana de este archivo comprimido ocuparía {size}, mucho más de lo que PartnerDesk escribe nunca, así que no se usó el archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The letterhead inside this archive would take {size}, far more than PartnerDesk ever writes, so the archive was not used. Nothing was changed.</source>
        <translation>El membrete de este archivo comprimido ocuparía {size}, mucho más de lo que PartnerDesk escribe nunca, así que no se usó el archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The records inside this archive would grow to {size} from {packed}, which no PartnerDesk archive does, so it was not used. Nothing was changed.</source>
        <translation>Los registros de este archivo comprimido pasarían de {packed} a {size}, algo que no hace ningún archivo comprimido de PartnerDesk, así que no se usó. No se cambió nada.</translation>
    </message>
    <message>
        <source>The window settings inside this archive would grow to {size} from {packed}, which no PartnerDesk archive does, so it was not used. Nothing was changed.</source>
        <translation>La configuración de la ventana de este archivo comprimido pasaría de {packed} a {size}, algo que no hace ningún archivo comprimido de PartnerDesk, así que no se usó. No se cambió nada.</translation>
    </message>
    <message>
        <source>The letterhead inside this archive would grow to {size} from {packed}, which no PartnerDesk archive does, so it was not used. Nothing was changed.</source>
        <translation>El membrete de este archivo comprimido pasaría de {packed} a {size}, algo que no hace ningún archivo comprimido de PartnerDesk, así que no se usó. No se cambió nada.</translation>
    </message>
    <message>
        <source>This file is not a PartnerDesk archive.</source>
        <translation>Este archivo no es un archivo comprimido de PartnerDesk.</translation>
    </message>
    <message>
        <source>PartnerDesk is using a shared database, so it cannot be moved with an archive. Ask whoever looks after the database server to move or copy it.</source>
        <translation>PartnerDesk está usando una base de datos compartida, así que no se puede mover con un archivo comprimido. Pídale a quien se encarga del servidor de la base de datos que la mueva o la copie.</translation>
    </message>
    <message>
        <source>This archive is damaged or locked, so it was not used.</source>
        <translation>Este archivo comprimido está dañado o protegido, así que no se usó.</translation>
    </message>
    <message>
        <source>The archive could not be written to {archive}: {reason}.</source>
        <translation>No se pudo guardar el archivo comprimido en {archive}: {reason}.</translation>
    </message>
    <message>
        <source>The records were restored, but {name} could not be put in place: {reason}.</source>
        <translation>Se restauraron los registros, pero no se pudo colocar {name} en su lugar: {reason}.</translation>
    </message>
    <message>
        <source>This archive contains a file named {name} that points outside the data folder, so it was not used.</source>
        <translation>Este archivo comprimido contiene un archivo llamado {name} que apunta fuera de la carpeta de datos, así que no se usó.</translation>
    </message>
    <message>
        <source>PartnerDesk could not unpack {archive}: {reason}.</source>
        <translation>PartnerDesk no pudo descomprimir {archive}: {reason}.</translation>
    </message>
    <message>
        <source>The records inside this archive are damaged or are not PartnerDesk data, so the archive was not used.</source>
        <translation>Los registros de este archivo comprimido están dañados o no son datos de PartnerDesk, así que no se usó el archivo.</translation>
    </message>
    <message>
        <source>There is not enough free space to unpack this archive: it needs {needed} and {free} is free. Make room on the disk, then try again. Nothing was changed.</source>
        <translation>No hay suficiente espacio libre para descomprimir este archivo: necesita {needed} y hay {free} libres. Libere espacio en el disco y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>PartnerDesk cannot read {archive}: {reason}.</source>
        <translation>PartnerDesk no puede leer {archive}: {reason}.</translation>
    </message>
    <message>
        <source>This archive was made by a newer PartnerDesk ({made_by}). Install the latest PartnerDesk (this one is {version}) to open it.</source>
        <translation>Este archivo comprimido se hizo con una versión más reciente de PartnerDesk ({made_by}). Instale la versión más reciente de PartnerDesk (esta es la {version}) para abrirlo.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>PartnerDesk is using a shared database. Its backups are made by the server it runs on; ask whoever looks after that server.</source>
        <translation>PartnerDesk está usando una base de datos compartida. Las copias de seguridad las hace el servidor donde está; pregunte a quien se encarga de ese servidor.</translation>
    </message>
    <message>
        <source>There is no PartnerDesk data to back up yet.</source>
        <translation>Todavía no hay datos de PartnerDesk de los que hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>{database_file} is a folder, not PartnerDesk&apos;s data file.</source>
        <translation>{database_file} es una carpeta, no el archivo de datos de PartnerDesk.</translation>
    </message>
    <message>
        <source>PartnerDesk&apos;s data file is damaged and could not be copied ({error}). Restore your most recent backup.</source>
        <translation>El archivo de datos de PartnerDesk está dañado y no se pudo copiar ({error}). Restaure su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>The backup could not be written to {target}: {error}</source>
        <translation>No se pudo guardar la copia de seguridad en {target}: {error}</translation>
    </message>
    <message>
        <source>The backup could not be written to {target}: {reason}.</source>
        <translation>No se pudo guardar la copia de seguridad en {target}: {reason}.</translation>
    </message>
    <message>
        <source>PartnerDesk&apos;s data file is damaged. A copy was kept as {damaged}, but it is not a good backup: restore your most recent good backup. SQLite reported: {problems}</source>
        <translation>El archivo de datos de PartnerDesk está dañado. Se guardó una copia como {damaged}, pero no es una copia de seguridad buena: restaure su copia de seguridad buena más reciente. SQLite informó: {problems}</translation>
    </message>
    <message>
        <source>{path} is not a PartnerDesk backup, so it was not used.</source>
        <translation>{path} no es una copia de seguridad de PartnerDesk, así que no se usó.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged, so it was not used.</source>
        <translation>La copia de seguridad {path} está dañada, así que no se usó.</translation>
    </message>
    <message>
        <source>PartnerDesk cannot read {path}: {reason}.</source>
        <translation>PartnerDesk no puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of PartnerDesk. Install the latest PartnerDesk to restore it.</source>
        <translation>La copia de seguridad {path} se hizo con una versión más reciente de PartnerDesk. Instale la versión más reciente de PartnerDesk para restaurarla.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {error}</source>
        <translation>No se pudo restaurar la copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>The damaged data file is kept, unchanged, in {kept}</source>
        <translation>El archivo de datos dañado se guarda, sin cambios, en {kept}</translation>
    </message>
    <message>
        <source>What was there before is kept in {kept}</source>
        <translation>Lo que había antes se guarda en {kept}</translation>
    </message>
    <message>
        <source>{before} is kept in {kept}</source>
        <translation>{before} se guarda en {kept}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups and restore</source>
        <translation>Copias de seguridad y restauración</translation>
    </message>
    <message>
        <source>PartnerDesk backs up your data every half hour while you work and when you close it. Backups are kept in {shown_path}. To go back to an earlier state, choose a backup and press Restore.</source>
        <translation>PartnerDesk hace una copia de seguridad de sus datos cada media hora mientras usted trabaja y cuando lo cierra. Las copias se guardan en {shown_path}. Para volver a un estado anterior, elija una copia y presione Restaurar.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Qué contiene</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>There are no backups yet. Press “Back up now” to make one.</source>
        <translation>Todavía no hay copias de seguridad. Presione «Hacer copia ahora» para crear una.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Open the backup folder</source>
        <translation>&amp;Abrir la carpeta de copias</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Save the calendar file</source>
        <translation>Guardar el archivo de calendario</translation>
    </message>
    <message>
        <source>PartnerDesk calendar.ics</source>
        <translation>Calendario de PartnerDesk.ics</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Archivo de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>No hay nada que exportar</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Creando el calendario…</translation>
    </message>
    <message>
        <source>The calendar was not saved</source>
        <translation>No se guardó el calendario</translation>
    </message>
</context>
<context>
    <name>CapacitiesDialog</name>
    <message>
        <source>Capacities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>The rows of every request&apos;s capacity matrix: what a partnership can draw on. Retired capacities leave the matrix; what was recorded for them is kept.</source>
        <translation>Las filas de la tabla de capacidades de cada solicitud: lo que una alianza puede aprovechar. Las capacidades retiradas salen de la tabla; lo que se anotó para ellas se conserva.</translation>
    </message>
    <message>
        <source>&amp;Add a capacity…</source>
        <translation>&amp;Agregar una capacidad…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>&amp;Retire / bring back</source>
        <translation>&amp;Retirar / recuperar</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Add a capacity</source>
        <translation>Agregar una capacidad</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Capacity added.</source>
        <translation>Se agregó la capacidad.</translation>
    </message>
    <message>
        <source>Rename a capacity</source>
        <translation>Cambiar el nombre de una capacidad</translation>
    </message>
    <message>
        <source>Capacity renamed.</source>
        <translation>Se cambió el nombre de la capacidad.</translation>
    </message>
    <message>
        <source>Capacity retired.</source>
        <translation>Se retiró la capacidad.</translation>
    </message>
    <message>
        <source>Capacity brought back.</source>
        <translation>Se recuperó la capacidad.</translation>
    </message>
</context>
<context>
    <name>CapacityGrid</name>
    <message>
        <source>Which organization is yours? Choose it, so the matrix can show what you bring.</source>
        <translation>¿Cuál es su organización? Elíjala para que la tabla muestre lo que su organización aporta.</translation>
    </message>
    <message>
        <source>Choose &amp;our organization…</source>
        <translation>Elegir nuestra &amp;organización…</translation>
    </message>
    <message>
        <source>Capacity matrix</source>
        <translation>Tabla de capacidades</translation>
    </message>
    <message>
        <source>Choose a cell in the grid.</source>
        <translation>Elija una celda de la tabla.</translation>
    </message>
    <message>
        <source>What exactly, how much, for how long…</source>
        <translation>Qué exactamente, cuánto, por cuánto tiempo…</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>&amp;Guardar nota</translation>
    </message>
    <message>
        <source>H&amp;as or needs:</source>
        <translation>Tie&amp;ne o necesita:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Add a &amp;partner…</source>
        <translation>Agregar un &amp;socio…</translation>
    </message>
    <message>
        <source>&amp;Remove partner…</source>
        <translation>&amp;Quitar socio…</translation>
    </message>
    <message>
        <source>Edit the &amp;list of capacities…</source>
        <translation>Editar la &amp;lista de capacidades…</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>{role}: {name}</source>
        <translation>{role}: {name}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Needed, but nobody has it yet: </source>
        <translation>Se necesita, pero nadie la tiene todavía: </translation>
    </message>
    <message>
        <source>Choose a cell in the partner&apos;s column first.</source>
        <translation>Primero elija una celda de la columna del socio.</translation>
    </message>
</context>
<context>
    <name>CapacityStatus</name>
    <message>
        <source>Has this</source>
        <translation>La tiene</translation>
    </message>
    <message>
        <source>Needs this</source>
        <translation>La necesita</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ninguna de las dos</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <source>Someone else changed this organization since you opened it, so your changes were not saved.</source>
        <translation>Otra persona cambió esta organización desde que usted la abrió, así que sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this contact since you opened it, so your changes were not saved.</source>
        <translation>Otra persona cambió este contacto desde que usted lo abrió, así que sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this note since you opened it, so your changes were not saved.</source>
        <translation>Otra persona cambió esta nota desde que usted la abrió, así que sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this request since you opened it, so your changes were not saved.</source>
        <translation>Otra persona cambió esta solicitud desde que usted la abrió, así que sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this answer since you opened it, so your changes were not saved.</source>
        <translation>Otra persona cambió esta respuesta desde que usted la abrió, así que sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this rating since you opened it, so your changes were not saved.</source>
        <translation>Otra persona cambió esta calificación desde que usted la abrió, así que sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this partner profile since you opened it, so your changes were not saved.</source>
        <translation>Otra persona cambió este perfil de la organización desde que usted lo abrió, así que sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this results report since you opened it, so your changes were not saved.</source>
        <translation>Otra persona cambió este informe de resultados desde que usted lo abrió, así que sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it, so your changes were not saved.</source>
        <translation>Otra persona cambió este registro desde que usted lo abrió, así que sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this part of the MOU ({part}) since you opened it, so your changes were not saved.</source>
        <translation>Otra persona cambió esta parte del MOU ({part}) desde que usted la abrió, así que sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this part of the team charter ({part}) since you opened it, so your changes were not saved.</source>
        <translation>Otra persona cambió esta parte del acuerdo de trabajo del equipo ({part}) desde que usted la abrió, así que sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else moved this organization to the Trash while you were editing it, so your changes were not saved. You can restore it from the Trash with your changes, or leave it there.</source>
        <translation>Otra persona movió esta organización a la Papelera mientras usted la editaba, así que sus cambios no se guardaron. Puede recuperarla de la Papelera con sus cambios, o dejarla allí.</translation>
    </message>
    <message>
        <source>Someone else moved this contact to the Trash while you were editing it, so your changes were not saved. You can restore it from the Trash with your changes, or leave it there.</source>
        <translation>Otra persona movió este contacto a la Papelera mientras usted lo editaba, así que sus cambios no se guardaron. Puede recuperarlo de la Papelera con sus cambios, o dejarlo allí.</translation>
    </message>
    <message>
        <source>Someone else moved this note to the Trash while you were editing it, so your changes were not saved. You can restore it from the Trash with your changes, or leave it there.</source>
        <translation>Otra persona movió esta nota a la Papelera mientras usted la editaba, así que sus cambios no se guardaron. Puede recuperarla de la Papelera con sus cambios, o dejarla allí.</translation>
    </message>
    <message>
        <source>Someone else moved this request to the Trash while you were editing it, so your changes were not saved. You can restore it from the Trash with your changes, or leave it there.</source>
        <translation>Otra persona movió esta solicitud a la Papelera mientras usted la editaba, así que sus cambios no se guardaron. Puede recuperarla de la Papelera con sus cambios, o dejarla allí.</translation>
    </message>
    <message>
        <source>Reload to see their version, or keep yours.</source>
        <translation>Vuelva a cargar para ver la versión de esa persona, o conserve la suya.</translation>
    </message>
    <message>
        <source>Their version differs in: {fields}.</source>
        <translation>Su versión es distinta en: {fields}.</translation>
    </message>
    <message>
        <source>They changed: {fields}.</source>
        <translation>Esa persona cambió: {fields}.</translation>
    </message>
    <message>
        <source>Your own changes: {fields}.</source>
        <translation>Sus propios cambios: {fields}.</translation>
    </message>
</context>
<context>
    <name>ChangedFields</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>misión</translation>
    </message>
    <message>
        <source>values statement</source>
        <translation>declaración de valores</translation>
    </message>
    <message>
        <source>values demonstrated</source>
        <translation>cómo han demostrado sus valores</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>service area</source>
        <translation>área de servicio</translation>
    </message>
    <message>
        <source>years active in community</source>
        <translation>años activos en nuestra comunidad</translation>
    </message>
    <message>
        <source>first contact on</source>
        <translation>primer contacto con nosotros</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>is ours</source>
        <translation>es la organización donde trabajo</translation>
    </message>
    <message>
        <source>nonprofit limits</source>
        <translation>organización sin fines de lucro 501(c)(3) o que recibe fondos públicos</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>role title</source>
        <translation>cargo o función</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>correos electrónicos</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>teléfonos</translation>
    </message>
    <message>
        <source>is key leader</source>
        <translation>líder clave</translation>
    </message>
    <message>
        <source>is decision maker</source>
        <translation>toma decisiones</translation>
    </message>
    <message>
        <source>background</source>
        <translation>sobre esta persona</translation>
    </message>
    <message>
        <source>preferred contact method</source>
        <translation>forma de contacto preferida</translation>
    </message>
    <message>
        <source>happened on</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>qué pasó</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>quiénes participaron</translation>
    </message>
    <message>
        <source>follow up action</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>follow up due</source>
        <translation>fecha límite del seguimiento</translation>
    </message>
    <message>
        <source>follow up done</source>
        <translation>seguimiento hecho</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>quién lo pidió</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>recibida el</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>qué piden</translation>
    </message>
    <message>
        <source>stated purpose</source>
        <translation>propósito indicado</translation>
    </message>
    <message>
        <source>community need</source>
        <translation>necesidad de la comunidad</translation>
    </message>
    <message>
        <source>funding source</source>
        <translation>fuente de financiamiento</translation>
    </message>
    <message>
        <source>funding ends on</source>
        <translation>el financiamiento termina el</translation>
    </message>
    <message>
        <source>plan when funding ends</source>
        <translation>plan para cuando termine el financiamiento</translation>
    </message>
    <message>
        <source>proposed timeframe</source>
        <translation>plazo propuesto</translation>
    </message>
    <message>
        <source>participation offered</source>
        <translation>participación en las decisiones que nos ofrecen</translation>
    </message>
    <message>
        <source>participation wanted</source>
        <translation>participación en las decisiones que queremos</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>por qué</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>condiciones</translation>
    </message>
    <message>
        <source>their answer</source>
        <translation>lo que respondieron</translation>
    </message>
    <message>
        <source>our evidence</source>
        <translation>nuestra evidencia</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>calificación</translation>
    </message>
    <message>
        <source>asked by</source>
        <translation>quién preguntó</translation>
    </message>
    <message>
        <source>asked on</source>
        <translation>preguntado el</translation>
    </message>
    <message>
        <source>values shown</source>
        <translation>si han demostrado esos valores</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>afirmación</translation>
    </message>
    <message>
        <source>score</source>
        <translation>calificación</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CharterActions</name>
    <message>
        <source>This team charter is not saved yet</source>
        <translation>Este acuerdo de trabajo del equipo todavía no está guardado</translation>
    </message>
    <message>
        <source>Someone else changed this part of the team charter ({part})</source>
        <translation>Otra persona cambió esta parte del acuerdo de trabajo del equipo ({part})</translation>
    </message>
    <message>
        <source>Save the team charter as a Word document</source>
        <translation>Guardar el acuerdo de trabajo del equipo como documento de Word</translation>
    </message>
    <message>
        <source>Team charter - {0}.docx</source>
        <translation>Acuerdo de trabajo del equipo - {0}.docx</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Todavía no hay nada que exportar</translation>
    </message>
    <message>
        <source>This team charter is still empty, so there is nothing to export. Write at least one of its parts first.</source>
        <translation>Este acuerdo de trabajo del equipo todavía está vacío, así que no hay nada que exportar. Primero escriba al menos una de sus partes.</translation>
    </message>
    <message>
        <source>Letterhead not used</source>
        <translation>No se usó el membrete</translation>
    </message>
    <message>
        <source>Saved “{0}” in {1}.</source>
        <translation>Se guardó «{0}» en {1}.</translation>
    </message>
    <message>
        <source>Writing the team charter…</source>
        <translation>Creando el acuerdo de trabajo del equipo…</translation>
    </message>
    <message>
        <source>The team charter was not saved</source>
        <translation>No se guardó el acuerdo de trabajo del equipo</translation>
    </message>
</context>
<context>
    <name>CharterDialog</name>
    <message>
        <source>Team charter — {0}</source>
        <translation>Acuerdo de trabajo del equipo — {0}</translation>
    </message>
    <message>
        <source>your organization</source>
        <translation>su organización</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>su organización aliada</translation>
    </message>
    <message>
        <source>How {0} and {1} will work together. Write it with your partner, for example after the kickoff meeting. Everything is saved as you type.</source>
        <translation>Cómo trabajarán juntos {0} y {1}. Escríbalo con su organización aliada, por ejemplo, después de la reunión de inicio. Todo se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Parts of the charter</source>
        <translation>Partes del acuerdo</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Exportar a Word…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <source>&amp;Write it here:</source>
        <translation>Escríbalo a&amp;quí:</translation>
    </message>
</context>
<context>
    <name>CharterPart</name>
    <message>
        <source>The goal of our partnership</source>
        <translation>La meta de nuestra alianza</translation>
    </message>
    <message>
        <source>What do we want to achieve together, and for whom? Write it so that anyone in either organization, and anyone in the community, could understand it. Say how we will know we got there.</source>
        <translation>¿Qué queremos lograr juntos, y para quién? Escríbalo de modo que cualquier persona de las dos organizaciones, y cualquier persona de la comunidad, pueda entenderlo. Diga cómo sabremos que lo logramos.</translation>
    </message>
    <message>
        <source>Example: Families on the east side can see a nurse close to home. By the end of next year, 300 parents come to a monthly health evening at our community center.</source>
        <translation>Ejemplo: Las familias del lado este pueden ver a una enfermera cerca de su casa. Para fines del próximo año, 300 madres y padres vienen cada mes a una noche de salud en nuestro centro comunitario.</translation>
    </message>
    <message>
        <source>How we agree on goals, expectations and values</source>
        <translation>Cómo acordamos metas, expectativas y valores</translation>
    </message>
    <message>
        <source>How will both organizations make decisions together, so that our voice counts as much as theirs? Who takes part, how do we decide when we do not all agree, and which values do we hold each other to?</source>
        <translation>¿Cómo tomarán decisiones juntas las dos organizaciones, para que nuestra voz cuente tanto como la suya? ¿Quiénes participan, cómo decidimos cuando no todos estamos de acuerdo y qué valores nos comprometemos a respetar unos y otros?</translation>
    </message>
    <message>
        <source>Example: We decide together at our monthly meeting. Each organization has one voice, and community members on our advisory group speak first. We write down what we decided in the minutes.</source>
        <translation>Ejemplo: Decidimos juntos en nuestra reunión mensual. Cada organización tiene una voz, y las personas de la comunidad que forman parte de nuestro grupo asesor hablan primero. Dejamos por escrito en el acta lo que decidimos.</translation>
    </message>
    <message>
        <source>How we deal with challenging situations</source>
        <translation>Cómo manejamos las situaciones difíciles</translation>
    </message>
    <message>
        <source>Things will go wrong sometimes: a missed deadline, a disagreement, a change of staff. How do we raise a problem early, and whom do we talk to first? What happens if we still cannot agree?</source>
        <translation>A veces las cosas van a salir mal: una fecha límite que no se cumple, un desacuerdo, un cambio de personal. ¿Cómo planteamos un problema a tiempo, y con quién hablamos primero? ¿Qué pasa si aun así no logramos ponernos de acuerdo?</translation>
    </message>
    <message>
        <source>Example: Either side can raise a concern at any time, first with the other&apos;s contact person. If it is not settled within two weeks, both directors meet. We talk about problems face to face, never first by e-mail.</source>
        <translation>Ejemplo: Cualquiera de las dos partes puede plantear una inquietud en cualquier momento, primero con la persona de contacto de la otra. Si no se resuelve en dos semanas, se reúnen quienes dirigen las dos organizaciones. Hablamos de los problemas cara a cara, nunca primero por correo electrónico.</translation>
    </message>
    <message>
        <source>Meetings, minutes and keeping in touch</source>
        <translation>Reuniones, actas y comunicación entre reuniones</translation>
    </message>
    <message>
        <source>How often do we meet, where and when, so that community members can come too? Who writes the minutes and by when are they shared? How do we keep each other informed between meetings?</source>
        <translation>¿Con qué frecuencia nos reunimos, dónde y cuándo, para que las personas de la comunidad también puedan venir? ¿Quién escribe el acta y para cuándo se comparte? ¿Cómo nos mantenemos al tanto entre una reunión y otra?</translation>
    </message>
    <message>
        <source>Example: We meet on the first Tuesday of each month at 6 pm, at our center, with childcare. The hospital&apos;s coordinator writes the minutes and sends them to everyone within a week.</source>
        <translation>Ejemplo: Nos reunimos el primer martes de cada mes a las 6 p. m., en nuestro centro, con cuidado de niños. La persona coordinadora del hospital escribe el acta y la envía a todo el equipo en menos de una semana.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check and export</source>
        <translation>Revisar y exportar</translation>
    </message>
    <message>
        <source>Points still to settle</source>
        <translation>Puntos pendientes</translation>
    </message>
    <message>
        <source>Double-click a point (or select it and press Enter) to go to the page that settles it. You can export at any time: until every point is settled the document says it is a draft and lists them at the end.</source>
        <translation>Haga doble clic en un punto (o selecciónelo y presione Enter) para ir a la página donde se resuelve. Puede exportar en cualquier momento: mientras queden puntos pendientes, el documento dice que es un borrador y los enumera al final.</translation>
    </message>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Exportar a Word…</translation>
    </message>
    <message>
        <source>E&amp;mail draft…</source>
        <translation>&amp;Borrador de correo…</translation>
    </message>
    <message>
        <source>Copy as &amp;plain text</source>
        <translation>Co&amp;piar como texto simple</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiones…</translation>
    </message>
    <message>
        <source>Mark as si&amp;gned…</source>
        <translation>Marcar como &amp;firmado…</translation>
    </message>
    <message>
        <source>Every section is written and nothing unfair was found. Read it through together with your partner before anyone signs.</source>
        <translation>Todas las secciones están escritas y no se encontró nada injusto. Léalo completo junto con su socio antes de que nadie firme.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to settle before this is ready to sign:</source>
        <translation>
            <numerusform>%n punto pendiente antes de que esté listo para firmar:</numerusform>
            <numerusform>%n puntos pendientes antes de que esté listo para firmar:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckupActions</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>Check-up of {date} started.</source>
        <translation>Se comenzó la revisión del {date}.</translation>
    </message>
    <message>
        <source>Rated by a colleague meanwhile</source>
        <translation>Otra persona la calificó mientras tanto</translation>
    </message>
    <message>
        <source>Someone else rated this statement while you were typing, so your rating was not saved. Theirs is shown now; change it again to put yours in its place.</source>
        <translation>Otra persona calificó esta afirmación mientras usted escribía, así que su calificación no se guardó. Ahora se muestra la de esa persona; cámbiela de nuevo para poner la suya en su lugar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Delete this check-up?</source>
        <translation>¿Eliminar esta revisión?</translation>
    </message>
    <message>
        <source>Delete the check-up of {date}, with both sides&apos; ratings and comments? This cannot be undone.</source>
        <translation>¿Eliminar la revisión del {date}, con las calificaciones y los comentarios de ambas partes? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Check-up of {date} deleted.</source>
        <translation>Se eliminó la revisión del {date}.</translation>
    </message>
    <message>
        <source>Save the check-up form as a Word document</source>
        <translation>Guardar el formulario de revisión como documento de Word</translation>
    </message>
    <message>
        <source>Check-up form - {title}.docx</source>
        <translation>Formulario de revisión - {title}.docx</translation>
    </message>
    <message>
        <source>Letterhead not used</source>
        <translation>No se usó el membrete</translation>
    </message>
    <message>
        <source>Saved “{name}” in {folder}. Send it to the partner; when it comes back filled in, press Read their filled form…</source>
        <translation>Se guardó «{name}» en {folder}. Envíelo a la organización aliada; cuando lo devuelvan lleno, presione Leer el formulario lleno…</translation>
    </message>
    <message>
        <source>Writing the check-up form…</source>
        <translation>Creando el formulario de revisión…</translation>
    </message>
    <message>
        <source>The form was not saved</source>
        <translation>No se guardó el formulario</translation>
    </message>
    <message>
        <source>Choose their filled check-up form (Word document)</source>
        <translation>Elija el formulario de revisión lleno del socio (documento de Word)</translation>
    </message>
    <message>
        <source>Nothing was saved from their form.</source>
        <translation>No se guardó nada del formulario del socio.</translation>
    </message>
    <message>
        <source>Their answers from “{form}” are saved into the check-up of {date}.</source>
        <translation>Las respuestas del socio de «{form}» quedaron guardadas en la revisión del {date}.</translation>
    </message>
</context>
<context>
    <name>CheckupDialog</name>
    <message>
        <source>the partner</source>
        <translation>la organización aliada</translation>
    </message>
    <message>
        <source>Check-up of {date} with {partner}</source>
        <translation>Revisión del {date} con {partner}</translation>
    </message>
    <message>
        <source>&amp;Our ratings</source>
        <translation>&amp;Nuestras calificaciones</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Ambas partes</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Comment: {statement}</source>
        <translation>Comentario: {statement}</translation>
    </message>
    <message>
        <source>Our ratings</source>
        <translation>Nuestras calificaciones</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Rate each statement from our side ({scale}). Type a number or use the arrow keys; leave a statement not rated if you cannot say. Everything is saved as you type.</source>
        <translation>Califique cada afirmación desde nuestro lado ({scale}). Escriba un número o use las teclas de flecha; deje una afirmación sin calificar si no puede opinar. Todo se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Nosotros</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Both sides&apos; ratings</source>
        <translation>Las calificaciones de ambas partes</translation>
    </message>
    <message>
        <source>&amp;Talk about these first:</source>
        <translation>&amp;Hablar primero de estas:</translation>
    </message>
    <message>
        <source>Talk about these first</source>
        <translation>Hablar primero de estas</translation>
    </message>
    <message>
        <source>Their answers: read from “{form}” on {when}.</source>
        <translation>Respuestas del socio: leídas de «{form}» el {when}.</translation>
    </message>
    <message>
        <source>Their answers: not yet. Send them the check-up form; their ratings show here once their filled-in form is read back.</source>
        <translation>Respuestas del socio: todavía no. Envíele el formulario de revisión; sus calificaciones aparecerán aquí cuando se lea el formulario lleno.</translation>
    </message>
    <message>
        <source>Talk about this first: the two sides differ.</source>
        <translation>Hablar primero de esto: las dos partes no coinciden.</translation>
    </message>
    <message>
        <source>Ours: {comment}</source>
        <translation>Nosotros: {comment}</translation>
    </message>
    <message>
        <source>Theirs: {comment}</source>
        <translation>Socio: {comment}</translation>
    </message>
    <message>
        <source>The average of the domain&apos;s statements</source>
        <translation>El promedio de las afirmaciones del área</translation>
    </message>
    <message>
        <source>{statement} — we rated it {ours}, they rated it {theirs}.</source>
        <translation>{statement} — nosotros la calificamos con {ours}, el socio con {theirs}.</translation>
    </message>
    <message>
        <source>No statement the two sides rated two or more steps apart.</source>
        <translation>No hay ninguna afirmación en la que las calificaciones de las dos partes se separen dos puntos o más.</translation>
    </message>
    <message>
        <source>Nothing yet: their answers are not in.</source>
        <translation>Nada todavía: no han llegado las respuestas del socio.</translation>
    </message>
</context>
<context>
    <name>CheckupFormDialog</name>
    <message>
        <source>Their filled check-up form</source>
        <translation>El formulario de revisión lleno del socio</translation>
    </message>
    <message>
        <source>In “{form}”: statements rated: {rated} of {total}. Cells to check with them: {problems}.</source>
        <translation>En «{form}»: afirmaciones calificadas: {rated} de {total}. Celdas para revisar con el socio: {problems}.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Calificadas</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>{rated} of {total}</source>
        <translation>{rated} de {total}</translation>
    </message>
    <message>
        <source>What was &amp;read, per domain</source>
        <translation>Lo que se &amp;leyó, por área</translation>
    </message>
    <message>
        <source>Every rating they typed was read.</source>
        <translation>Se leyeron todas las calificaciones que escribió el socio.</translation>
    </message>
    <message>
        <source>What could &amp;not be read, or was read with a guess (check these with them)</source>
        <translation>Lo que &amp;no se pudo leer, o se leyó adivinando (revíselo con el socio)</translation>
    </message>
    <message>
        <source>{domain}: {statement}</source>
        <translation>{domain}: {statement}</translation>
    </message>
    <message>
        <source>They rated every statement.</source>
        <translation>El socio calificó todas las afirmaciones.</translation>
    </message>
    <message>
        <source>Statements they did not ra&amp;te</source>
        <translation>Afirmaciones que el socio no &amp;calificó</translation>
    </message>
    <message>
        <source>Written &amp;outside the tables</source>
        <translation>Escrito &amp;fuera de las tablas</translation>
    </message>
    <message>
        <source>This check-up holds their answers from “{form}” already: saving puts this form&apos;s answers in their place.</source>
        <translation>Esta revisión ya tiene las respuestas del socio de «{form}»: al guardar, las respuestas de este formulario las reemplazan.</translation>
    </message>
    <message>
        <source>&amp;Save into a new check-up of {date}</source>
        <translation>&amp;Guardar en una nueva revisión del {date}</translation>
    </message>
    <message>
        <source>&amp;Save into the check-up of {date}</source>
        <translation>&amp;Guardar en la revisión del {date}</translation>
    </message>
</context>
<context>
    <name>CheckupList</name>
    <message>
        <source>Check-ups</source>
        <translation>Revisiones de la alianza</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Our average</source>
        <translation>Nuestro promedio</translation>
    </message>
    <message>
        <source>Their average</source>
        <translation>Promedio del socio</translation>
    </message>
    <message>
        <source>Their answers</source>
        <translation>Respuestas del socio</translation>
    </message>
    <message>
        <source>No check-up yet. A check-up asks both sides how the partnership is going: press New check-up… to rate it from our side.</source>
        <translation>Todavía no hay revisiones de la alianza. Una revisión pregunta a ambas partes cómo va la alianza: presione Nueva revisión… para calificarla desde nuestro lado.</translation>
    </message>
    <message>
        <source>&amp;New check-up…</source>
        <translation>&amp;Nueva revisión…</translation>
    </message>
    <message>
        <source>Start a check-up today, or plan one on a later date</source>
        <translation>Comenzar una revisión hoy, o planearla para una fecha posterior</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ab&amp;rir</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Send &amp;them the form…</source>
        <translation>Enviarle&amp;s el formulario…</translation>
    </message>
    <message>
        <source>Save the check-up form as a Word document, to send to the partner</source>
        <translation>Guardar el formulario de revisión como documento de Word, para enviarlo al socio</translation>
    </message>
    <message>
        <source>&amp;Read their filled form…</source>
        <translation>Leer el f&amp;ormulario lleno…</translation>
    </message>
    <message>
        <source>Read the partner&apos;s ratings from the form they sent back, into the latest check-up (or a new one today)</source>
        <translation>Leer las calificaciones del socio en el formulario que devolvió y pasarlas a la revisión más reciente (o a una nueva de hoy)</translation>
    </message>
    <message>
        <source>Trend of each domain over the check-ups</source>
        <translation>Tendencia de cada área a lo largo de las revisiones</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>This request was declined: there is no partnership to check up on.</source>
        <translation>Esta solicitud fue rechazada: no hay ninguna alianza que revisar.</translation>
    </message>
    <message>
        <source>This request was declined, so there is no partnership to check up on.</source>
        <translation>Esta solicitud fue rechazada, así que no hay ninguna alianza que revisar.</translation>
    </message>
    <message>
        <source>{date} (planned)</source>
        <translation>{date} (planeada)</translation>
    </message>
    <message>
        <source>read from {form}</source>
        <translation>leídas de {form}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
</context>
<context>
    <name>CheckupScale</name>
    <message>
        <source>not at all</source>
        <translation>para nada</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>un poco</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>en parte</translation>
    </message>
    <message>
        <source>mostly</source>
        <translation>en su mayoría</translation>
    </message>
    <message>
        <source>fully</source>
        <translation>totalmente</translation>
    </message>
    <message>
        <source>{score} – {words}</source>
        <translation>{score} – {words}</translation>
    </message>
</context>
<context>
    <name>CheckupSide</name>
    <message>
        <source>Ours</source>
        <translation>Nosotros</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Socio</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Match the columns</source>
        <translation>Relacionar las columnas</translation>
    </message>
    <message>
        <source>PartnerDesk does not know the layout of “{file_name}”. For each column, choose what it holds. Columns you leave out are not imported.</source>
        <translation>PartnerDesk no conoce el formato de «{file_name}». Para cada columna, elija qué contiene. Las columnas que omita no se importan.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Columns and what they hold</source>
        <translation>Columnas y lo que contienen</translation>
    </message>
    <message>
        <source>(column {value} has no name)</source>
        <translation>(la columna {value} no tiene nombre)</translation>
    </message>
    <message>
        <source>What the column {header} holds</source>
        <translation>Qué contiene la columna {header}</translation>
    </message>
    <message>
        <source>Preview the import</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>Choose at least one column with names or emails.</source>
        <translation>Elija al menos una columna con nombres o correos.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{app} keeps your organization&apos;s partners, partnership requests, vetting and
MOUs in one place on this computer. With no command it opens the app.</source>
        <translation>{app} guarda en un solo lugar de esta computadora sus organizaciones aliadas, las solicitudes
de alianza, su evaluación y los MOU. Si no se indica ningún comando, abre la aplicación.</translation>
    </message>
    <message>
        <source>examples:
  partnerdesk                         open the app
  partnerdesk demo                    load the sample data into an empty store
  partnerdesk check                   check that the data file is healthy
  partnerdesk list requests --json    print partnership requests as JSON
  partnerdesk --data-dir ~/pd-test    use another data folder
  partnerdesk --language es check     the same, with messages in Spanish

The data folder can also be set with the environment variable PARTNERDESK_DATA_DIR,
and a database URL with PARTNERDESK_DATABASE_URL.</source>
        <translation>ejemplos:
  partnerdesk                         abre la aplicación
  partnerdesk demo                    carga los datos de ejemplo si aún no hay datos
  partnerdesk check                   revisa que el archivo de datos esté en buen estado
  partnerdesk list requests --json    muestra las solicitudes de alianza en formato JSON
  partnerdesk --data-dir ~/pd-test    usa otra carpeta de datos
  partnerdesk --language es check     lo mismo, con los mensajes en español

La carpeta de datos también se puede indicar con la variable de entorno PARTNERDESK_DATA_DIR,
y la URL de una base de datos con PARTNERDESK_DATABASE_URL.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra el número de versión del programa y termina</translation>
    </message>
    <message>
        <source>where the data is</source>
        <translation>dónde están los datos</translation>
    </message>
    <message>
        <source>the folder holding your data (default: your user data folder)</source>
        <translation>la carpeta donde están sus datos (si no se indica: la carpeta de datos de su usuario)</translation>
    </message>
    <message>
        <source>use this database instead of the file in the data folder, e.g. postgresql://user@server/database (a SQLAlchemy URL)</source>
        <translation>usa esta base de datos en lugar del archivo de la carpeta de datos, p. ej. postgresql://user@server/database (una URL de SQLAlchemy)</translation>
    </message>
    <message>
        <source>open the main window, wait until it is shown, then quit (for smoke tests)</source>
        <translation>abre la ventana principal, espera a que aparezca y luego se cierra (para pruebas rápidas de funcionamiento)</translation>
    </message>
    <message>
        <source>the language of the window and of the messages (default: as chosen in Settings → Language, else the system&apos;s)</source>
        <translation>el idioma de la ventana y de los mensajes (si no se indica: el elegido en Configuración → Idioma o, si no hay, el del sistema)</translation>
    </message>
    <message>
        <source>Password of {user} for {address}: </source>
        <translation>Contraseña de {user} para {address}: </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>{app} ran into an unexpected problem and stopped. Details were written to {log_file}.</source>
        <translation>{app} tuvo un problema inesperado y se detuvo. Los detalles se guardaron en {log_file}.</translation>
    </message>
    <message>
        <source>{app} ran into an unexpected problem and stopped.</source>
        <translation>{app} tuvo un problema inesperado y se detuvo.</translation>
    </message>
    <message>
        <source>write a backup of your data now</source>
        <translation>hace ahora una copia de seguridad de sus datos</translation>
    </message>
    <message>
        <source>where to write it (default: the backup folder)</source>
        <translation>dónde guardarla (si no se indica: la carpeta de copias de seguridad)</translation>
    </message>
    <message>
        <source>replace your data with a backup (your current data is backed up first)</source>
        <translation>reemplaza sus datos con una copia de seguridad (antes se hace una copia de sus datos actuales)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la copia de seguridad que se va a restaurar</translation>
    </message>
    <message>
        <source>Restored {file} ({counts}).</source>
        <translation>Se restauró {file} ({counts}).</translation>
    </message>
    <message>
        <source>MOU reviews, commitments due and follow-ups as one calendar file (.ics)</source>
        <translation>las revisiones de los MOU, los compromisos con fecha límite y los seguimientos, en un solo archivo de calendario (.ics)</translation>
    </message>
    <message>
        <source>Write one calendar file that any calendar program imports: each MOU&apos;s reviews (repeating by the MOU&apos;s own schedule), open commitments with a due date, and open follow-ups, each with a reminder the day before. Importing a newer file updates the events instead of adding them twice. With nothing dated, no file is written and the command exits 1.</source>
        <translation>Crea un archivo de calendario que cualquier programa de calendario puede importar: las revisiones de cada MOU (que se repiten según la frecuencia que fija el propio MOU), los compromisos pendientes con fecha límite y los seguimientos pendientes, cada uno con un recordatorio el día anterior. Si importa un archivo más reciente, los eventos se actualizan en lugar de duplicarse. Si no hay nada con fecha, no se crea ningún archivo y el comando termina con el código 1.</translation>
    </message>
    <message>
        <source>the calendar file to write</source>
        <translation>el archivo de calendario que se va a crear</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {file}</source>
        <translation>
            <numerusform>Se guardó %n evento en {file}</numerusform>
            <numerusform>Se guardaron %n eventos en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>--due-within takes a number of days from today: 0 or more.</source>
        <translation>--due-within espera un número de días a partir de hoy: 0 o más.</translation>
    </message>
    <message>
        <source>No commitments due then.</source>
        <translation>No hay compromisos con fecha límite en ese plazo.</translation>
    </message>
    <message>
        <source>No commitments yet.</source>
        <translation>Todavía no hay compromisos.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Quién lo hace</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>late</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>copy this computer&apos;s data into an empty shared database</source>
        <translation>copia los datos de esta computadora a una base de datos compartida vacía</translation>
    </message>
    <message>
        <source>Copy the data kept on this computer (in the data folder) into an empty shared PostgreSQL database, as Settings → Use a shared database… does: its tables are set up, then every record is copied, all or nothing. A database that already holds records is refused. This computer&apos;s data stays as it is, and PartnerDesk keeps using it until you choose the shared database in Settings.</source>
        <translation>Copia los datos guardados en esta computadora (en la carpeta de datos) a una base de datos PostgreSQL compartida y vacía, como lo hace Configuración → Usar una base de datos compartida…: se preparan sus tablas y luego se copia cada registro, todo o nada. Se rechaza una base de datos que ya tenga registros. Los datos de esta computadora quedan como están, y PartnerDesk los sigue usando hasta que usted elija la base de datos compartida en Configuración.</translation>
    </message>
    <message>
        <source>the shared database, e.g. postgresql://user@server/database</source>
        <translation>la base de datos compartida, p. ej. postgresql://user@server/database</translation>
    </message>
    <message>
        <source>do not ask before copying</source>
        <translation>no pregunta antes de copiar</translation>
    </message>
    <message>
        <source>copy-to copies the data kept in the data folder: give that folder with --data-dir, and the shared database as URL (not with --database-url).</source>
        <translation>copy-to copia los datos guardados en la carpeta de datos: indique esa carpeta con --data-dir, y la base de datos compartida como URL (no con --database-url).</translation>
    </message>
    <message>
        <source>{shown} is not the address of a PostgreSQL database. Give one like postgresql://user@server/database.</source>
        <translation>{shown} no es la dirección de una base de datos PostgreSQL. Indique una como postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>There is no PartnerDesk data in {data_dir} to copy.</source>
        <translation>No hay datos de PartnerDesk en {data_dir} para copiar.</translation>
    </message>
    <message>
        <source>There are no records in {data_dir} to copy.</source>
        <translation>No hay registros en {data_dir} para copiar.</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>No se copió nada.</translation>
    </message>
    <message>
        <source>Copying {summary} to {shown}…</source>
        <translation>Copiando {summary} a {shown}…</translation>
    </message>
    <message>
        <source>, preparing the search…</source>
        <translation>, preparando la búsqueda…</translation>
    </message>
    <message>
        <source>  {value}% copied{after}</source>
        <translation>  {value}% copiado{after}</translation>
    </message>
    <message>
        <source>PartnerDesk on this computer still uses the data kept here; to work on the shared database, choose it in Settings → Use a shared database…</source>
        <translation>PartnerDesk en esta computadora sigue usando los datos guardados aquí; para trabajar con la base de datos compartida, elíjala en Configuración → Usar una base de datos compartida…</translation>
    </message>
    <message>
        <source>copy-to asks before copying; add --yes to copy without asking.</source>
        <translation>copy-to pregunta antes de copiar; agregue --yes para copiar sin preguntar.</translation>
    </message>
    <message>
        <source>Copy {summary} into the shared database {shown}? [y/N] </source>
        <translation>¿Copiar {summary} en la base de datos compartida {shown}? [s/N] </translation>
    </message>
    <message>
        <source>y,yes</source>
        <comment>the answers meaning yes to a question ending in [y/N], separated by commas</comment>
        <translation>s,sí,si</translation>
    </message>
    <message>
        <source>a form of a request&apos;s questions, for the requester to fill in (Word)</source>
        <translation>un formulario con las preguntas de una solicitud, para que la organización solicitante lo llene (Word)</translation>
    </message>
    <message>
        <source>Write a Word form, on your letterhead, with the request&apos;s questions by topic and a column for their answers — no notes, ratings or evidence. Send it; read the filled-in file back with `partnerdesk import answers`.</source>
        <translation>Crea un formulario de Word, con su membrete, con las preguntas de la solicitud por tema y una columna para las respuestas — sin notas, calificaciones ni evidencia. Envíelo; para leer el archivo ya lleno, use `partnerdesk import answers`.</translation>
    </message>
    <message>
        <source>the team charter of a partnership: how both sides work together (Word)</source>
        <translation>el acuerdo de trabajo del equipo de una alianza: cómo trabajan juntas ambas partes (Word)</translation>
    </message>
    <message>
        <source>Write a request&apos;s team charter, on your letterhead: the goal of the partnership, how you agree on goals and values, how you deal with challenging situations, and your meetings and minutes. When nothing is written in it yet, no file is written and the command exits 1.</source>
        <translation>Crea el acuerdo de trabajo del equipo de una solicitud, con su membrete: la meta de la alianza, cómo se ponen de acuerdo sobre metas y valores, cómo manejan las situaciones difíciles, y sus reuniones y actas. Si todavía no tiene nada escrito, no se crea ningún archivo y el comando termina con el código 1.</translation>
    </message>
    <message>
        <source>see: partnerdesk list requests</source>
        <translation>vea: partnerdesk list requests</translation>
    </message>
    <message>
        <source>the Word file to write</source>
        <translation>el archivo de Word que se va a crear</translation>
    </message>
    <message>
        <source>Wrote the team charter for request {number} to {file}</source>
        <translation>Se guardó el acuerdo de trabajo del equipo de la solicitud {number} en {file}</translation>
    </message>
    <message>
        <source>which questions: the three hard ones, the shortlist picked for the request (the default; the hard ones until you pick), those not answered yet, or all</source>
        <translation>qué preguntas: las tres difíciles, la lista corta elegida para la solicitud (si no se indica; las difíciles mientras no elija otras), las que aún no tienen respuesta, o todas</translation>
    </message>
    <message>
        <source>a blank partner profile form for an organization to fill in (Word)</source>
        <translation>un formulario de perfil en blanco para que una organización lo llene (Word)</translation>
    </message>
    <message>
        <source>Write a blank partner profile form, on your letterhead, with the prompts of each part. Read the filled-in file back with `partnerdesk import profile`.</source>
        <translation>Crea un formulario de perfil de la organización en blanco, con su membrete, con las indicaciones de cada parte. Para leer el archivo ya lleno, use `partnerdesk import profile`.</translation>
    </message>
    <message>
        <source>see: partnerdesk list organizations</source>
        <translation>vea: partnerdesk list organizations</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the question form for request {number} (%n question(s)) to {file}</source>
        <translation>
            <numerusform>Se guardó el formulario de preguntas de la solicitud {number} (%n pregunta) en {file}</numerusform>
            <numerusform>Se guardó el formulario de preguntas de la solicitud {number} (%n preguntas) en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the profile form for {subject} to {file}</source>
        <translation>Se guardó el formulario de perfil de {subject} en {file}</translation>
    </message>
    <message>
        <source>partnerdesk import {kind}</source>
        <translation>partnerdesk import {kind}</translation>
    </message>
    <message>
        <source>Read a question form the requester filled in into their answers to the request&apos;s questions.</source>
        <translation>Lee un formulario de preguntas que llenó la organización solicitante y guarda sus respuestas a las preguntas de la solicitud.</translation>
    </message>
    <message>
        <source>Read a partner profile form the organization filled in into its profile.</source>
        <translation>Lee un formulario de perfil que llenó la organización y lo guarda en su perfil.</translation>
    </message>
    <message>
        <source>the filled-in Word form</source>
        <translation>el formulario de Word ya lleno</translation>
    </message>
    <message>
        <source>show what would change; change nothing</source>
        <translation>muestra lo que cambiaría; no cambia nada</translation>
    </message>
    <message>
        <source>import contacts from CSV (Google, Outlook, any) or vCard files</source>
        <translation>importa contactos de archivos CSV (Google, Outlook u otros) o vCard</translation>
    </message>
    <message>
        <source>Import contacts. Each file is one transaction: all of it or nothing. Rows with the same e-mail as a contact you have are merged into it; the same name at the same organization is merged too. Exit 2 if a file cannot be read.</source>
        <translation>Importa contactos. Cada archivo es una sola transacción: todo o nada. Las filas con el mismo correo electrónico que un contacto que ya tiene se combinan con ese contacto; también se combinan las que tienen el mismo nombre en la misma organización. Termina con el código 2 si no se puede leer un archivo.</translation>
    </message>
    <message>
        <source>a .csv or .vcf file</source>
        <translation>un archivo .csv o .vcf</translation>
    </message>
    <message>
        <source>show what would happen; change nothing</source>
        <translation>muestra lo que pasaría; no cambia nada</translation>
    </message>
    <message>
        <source>export contacts (CSV, vCard), a request&apos;s vetting or MOU, or a profile (Word)</source>
        <translation>exporta contactos (CSV, vCard), la evaluación o el MOU de una solicitud, o un perfil (Word)</translation>
    </message>
    <message>
        <source>Export your contacts, a partnership request&apos;s vetting summary, the questions still to ask or its MOU, or an organization&apos;s profile, as files other programs open.</source>
        <translation>Exporta sus contactos, el resumen de la evaluación de una solicitud de alianza, las preguntas que faltan por hacer o su MOU, o el perfil de una organización, como archivos que otros programas pueden abrir.</translation>
    </message>
    <message>
        <source>every contact not in the Trash, to FILE.csv (opens in Excel) or FILE.vcf</source>
        <translation>todos los contactos que no están en la Papelera, a FILE.csv (se abre en Excel) o FILE.vcf</translation>
    </message>
    <message>
        <source>Export every contact not in the Trash. Without --format the extension decides: .csv (PartnerDesk&apos;s own, opens in Excel), .vcf (one vCard file) or .zip (one vCard per contact).</source>
        <translation>Exporta todos los contactos que no están en la Papelera. Sin --format, la extensión decide: .csv (el formato propio de PartnerDesk, se abre en Excel), .vcf (un solo archivo vCard) o .zip (un vCard por contacto).</translation>
    </message>
    <message>
        <source>FILE.csv, FILE.vcf, FILE.zip or a folder</source>
        <translation>FILE.csv, FILE.vcf, FILE.zip o una carpeta</translation>
    </message>
    <message>
        <source>  format: {format_label}</source>
        <translation>  formato: {format_label}</translation>
    </message>
    <message>
        <source>  encoding: {encoding_label} ({encoding})</source>
        <translation>  codificación: {encoding_label} ({encoding})</translation>
    </message>
    <message>
        <source>  header: line {value} (the lines above it are skipped)</source>
        <translation>  encabezado: línea {value} (se omiten las líneas anteriores)</translation>
    </message>
    <message>
        <source>  column {header!r}: {use}</source>
        <translation>  columna {header!r}: {use}</translation>
    </message>
    <message>
        <source>{shown_name}: read as {encoding_label} ({encoding}), a guess among close candidates. If names look wrong, import the file in the window and choose another encoding.</source>
        <translation>{shown_name}: se leyó como {encoding_label} ({encoding}), una suposición entre opciones parecidas. Si los nombres se ven mal, importe el archivo desde la ventana y elija otra codificación.</translation>
    </message>
    <message>
        <source>columns left out (PartnerDesk has no place for them): {columns}</source>
        <translation>columnas que no se importan (PartnerDesk no tiene dónde guardarlas): {columns}</translation>
    </message>
    <message>
        <source>PartnerDesk cannot write {target}: {strerror}.</source>
        <translation>PartnerDesk no puede guardar {target}: {strerror}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {file}</source>
        <translation>
            <numerusform>Se exportó %n contacto a {file}</numerusform>
            <numerusform>Se exportaron %n contactos a {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>the agenda of the kickoff meeting with a partner (Word)</source>
        <translation>la agenda de la reunión de inicio con un socio (Word)</translation>
    </message>
    <message>
        <source>Write the kickoff meeting&apos;s agenda, on your letterhead: time to get to know each other first, both partner profiles shared, next steps and who does what last.</source>
        <translation>Crea la agenda de la reunión de inicio, con su membrete: primero, tiempo para conocerse; luego, los perfiles de ambas organizaciones compartidos; al final, los próximos pasos y quién hace qué.</translation>
    </message>
    <message>
        <source>join: a meeting they already hold; invite: them to one of ours; host: a new meeting of about an hour (the default); retreat: a longer meeting, half a day at most</source>
        <translation>join: una reunión que ellos ya tienen; invite: invitarlos a una de las nuestras; host: una reunión nueva de más o menos una hora (si no se indica); retreat: una reunión más larga, de medio día como máximo</translation>
    </message>
    <message>
        <source>a request&apos;s MOU as a Word document (recorded as a new version)</source>
        <translation>el MOU de una solicitud como documento de Word (se guarda como una nueva versión)</translation>
    </message>
    <message>
        <source>Write the request&apos;s MOU as a Word document, on your letterhead if one is set, and keep it as the next version. Open points are listed after.</source>
        <translation>Crea el MOU de la solicitud como documento de Word, con su membrete si tiene uno configurado, y lo guarda como la siguiente versión. Después se muestran los puntos pendientes.</translation>
    </message>
    <message>
        <source>also write an e-mail draft with the document attached (X-Unsent: Outlook opens it ready to edit and send)</source>
        <translation>también crea un borrador de correo electrónico con el documento adjunto (X-Unsent: Outlook lo abre listo para editar y enviar)</translation>
    </message>
    <message>
        <source>where the points still to settle go: a cover note for you beside the MOU, &apos;FILE (cover note).docx&apos; (the default), or a neutral list at the end of the MOU, written to both parties</source>
        <translation>dónde van los puntos que falta acordar: una nota de presentación para usted junto al MOU, &apos;FILE (cover note).docx&apos; (si no se indica), o una lista neutral al final del MOU, dirigida a ambas partes</translation>
    </message>
    <message>
        <source>list what an MOU still lacks, and what is unfair in it</source>
        <translation>muestra lo que le falta a un MOU y lo que tiene de injusto</translation>
    </message>
    <message>
        <source>Check a request&apos;s MOU for missing sections and fairness problems.</source>
        <translation>Revisa el MOU de una solicitud: secciones que faltan y problemas de equidad.</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>muestra JSON para scripts</translation>
    </message>
    <message>
        <source>Request {request_id} has no MOU yet (or there is no request {request_id}). Start one from the request&apos;s page in PartnerDesk.</source>
        <translation>La solicitud {request_id} todavía no tiene MOU (o no existe la solicitud {request_id}). Empiece uno desde la página de la solicitud en PartnerDesk.</translation>
    </message>
    <message>
        <source>Nothing is missing: every section is written and nothing unfair was found.</source>
        <translation>No falta nada: todas las secciones están escritas y no se encontró nada injusto.</translation>
    </message>
    <message>
        <source>The e-mail draft&apos;s file name must end in .eml.</source>
        <translation>El nombre del archivo del borrador de correo electrónico debe terminar en .eml.</translation>
    </message>
    <message>
        <source>Wrote version {version} of the MOU for request {request_id} to {file}</source>
        <translation>Se guardó la versión {version} del MOU de la solicitud {request_id} en {file}</translation>
    </message>
    <message>
        <source>The e-mail draft was not written: {problem}</source>
        <translation>No se creó el borrador de correo electrónico: {problem}</translation>
    </message>
    <message>
        <source>Wrote the e-mail draft to {eml}</source>
        <translation>Se guardó el borrador de correo electrónico en {eml}</translation>
    </message>
    <message>
        <source>Wrote the cover note to {with_name}</source>
        <translation>Se guardó la nota de presentación en {with_name}</translation>
    </message>
    <message>
        <source>  open: {title}</source>
        <translation>  pendiente: {title}</translation>
    </message>
    <message>
        <source>mark a request&apos;s MOU as signed (optionally keeping the signed copy)</source>
        <translation>marca el MOU de una solicitud como firmado (y, si quiere, guarda la copia firmada)</translation>
    </message>
    <message>
        <source>Mark the request&apos;s MOU as signed on DATE by the signatories it names. The MOU as it is now becomes the signed version; later changes are amendments. The request becomes an active partnership, and the next review is set by the MOU&apos;s own schedule.</source>
        <translation>Marca el MOU de la solicitud como firmado en la fecha DATE por los firmantes que nombra. El MOU tal como está ahora pasa a ser la versión firmada; los cambios posteriores son enmiendas. La solicitud se convierte en una alianza activa, y la próxima revisión del MOU se fija según la frecuencia que indica el propio MOU.</translation>
    </message>
    <message>
        <source>the day it was signed</source>
        <translation>el día en que se firmó</translation>
    </message>
    <message>
        <source>the signed copy (PDF, scan as PNG/JPEG/TIFF, or .docx), kept in the data folder</source>
        <translation>la copia firmada (PDF, escaneo en PNG/JPEG/TIFF, o .docx), que se guarda en la carpeta de datos</translation>
    </message>
    <message>
        <source>“{date}” is not a date written as YYYY-MM-DD.</source>
        <translation>«{date}» no es una fecha escrita como YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>There is no file {copy}.</source>
        <translation>No existe el archivo {copy}.</translation>
    </message>
    <message>
        <source>The signed copy could not be kept: {value}.</source>
        <translation>No se pudo guardar la copia firmada: {value}.</translation>
    </message>
    <message>
        <source>Marked the MOU for request {request_id} as signed on {isoformat} (version {signed_version}).</source>
        <translation>Se marcó el MOU de la solicitud {request_id} como firmado el {isoformat} (versión {signed_version}).</translation>
    </message>
    <message>
        <source>Kept the signed copy as {kept}</source>
        <translation>Se guardó la copia firmada como {kept}</translation>
    </message>
    <message>
        <source>Next review: {isoformat}</source>
        <translation>Próxima revisión del MOU: {isoformat}</translation>
    </message>
    <message>
        <source>No partnerships yet: a request becomes one once you decide to go ahead.</source>
        <translation>Todavía no hay alianzas: una solicitud se convierte en alianza cuando usted decide seguir adelante.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión del MOU</translation>
    </message>
    <message>
        <source>Funding ends</source>
        <translation>Fin del financiamiento</translation>
    </message>
    <message>
        <source>signed on {isoformat}</source>
        <translation>firmado el {isoformat}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>an organization&apos;s partner profile as a Word document</source>
        <translation>el perfil de una organización como documento de Word</translation>
    </message>
    <message>
        <source>Write a Word document with the organization&apos;s partner profile: whom they serve, what they do and why, how, their unique contributions, why they pursue this partnership and how they measure success. Questions not answered yet are listed as such.</source>
        <translation>Crea un documento de Word con el perfil de la organización: a quiénes atiende, qué hace y por qué, cómo lo hace, sus aportes únicos, por qué busca esta alianza y cómo mide el éxito. Las preguntas que aún no tienen respuesta se indican como tales.</translation>
    </message>
    <message>
        <source>There is no organization {number}. `partnerdesk list organizations` shows each organization&apos;s number.</source>
        <translation>No existe la organización {number}. `partnerdesk list organizations` muestra el número de cada organización.</translation>
    </message>
    <message>
        <source>Wrote the profile of {subject} to {file}</source>
        <translation>Se guardó el perfil de {subject} en {file}</translation>
    </message>
    <message>
        <source>No organizations yet.</source>
        <translation>Todavía no hay organizaciones.</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Todavía no hay contactos.</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Todavía no hay solicitudes.</translation>
    </message>
    <message>
        <source>load the sample data (fictional records)</source>
        <translation>carga los datos de ejemplo (registros ficticios)</translation>
    </message>
    <message>
        <source>load it even if the store already holds records</source>
        <translation>los carga aunque ya haya registros guardados</translation>
    </message>
    <message>
        <source>check the data file; exit 1 if anything is wrong</source>
        <translation>revisa el archivo de datos; termina con el código 1 si algo está mal</translation>
    </message>
    <message>
        <source>print organizations, contacts, requests, partnerships or commitments</source>
        <translation>muestra organizaciones, contactos, solicitudes, alianzas o compromisos</translation>
    </message>
    <message>
        <source>which records to print</source>
        <translation>qué registros mostrar</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>muestra JSON en lugar de una tabla</translation>
    </message>
    <message>
        <source>commitments: only those still to do, due within DAYS days (late ones too)</source>
        <translation>commitments: solo los que faltan por cumplir, con fecha límite dentro de DAYS días (también los atrasados)</translation>
    </message>
    <message>
        <source>{refusal} Use --force to load it anyway.</source>
        <translation>{refusal} Use --force para cargarlos de todos modos.</translation>
    </message>
    <message>
        <source>Loaded the sample data: {organizations}, {contacts}, {notes}, {requests}.</source>
        <translation>Se cargaron los datos de ejemplo: {organizations}, {contacts}, {notes}, {requests}.</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>--due-within is for commitments only.</source>
        <translation>--due-within solo sirve para los compromisos.</translation>
    </message>
    <message>
        <source>print what the search box finds for TEXT (kind, id, title, snippet)</source>
        <translation>muestra lo que encuentra el cuadro de búsqueda para TEXT (kind, id, title, snippet: tipo, número, título, fragmento)</translation>
    </message>
    <message>
        <source>the words to look for (quote several)</source>
        <translation>las palabras que se buscan (si son varias, póngalas entre comillas)</translation>
    </message>
    <message>
        <source>print a JSON list of results</source>
        <translation>muestra una lista JSON de resultados</translation>
    </message>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation>Escriba una palabra para buscar (letras o números).</translation>
    </message>
    <message>
        <source>Nothing found for “{strip}”.</source>
        <translation>No se encontró nada para «{strip}».</translation>
    </message>
    <message>
        <source>check, in a temporary folder, that this installation works</source>
        <translation>revisa, en una carpeta temporal, que esta instalación funciona</translation>
    </message>
    <message>
        <source>{APP_NAME} {__version__} self-test</source>
        <translation>Prueba de funcionamiento de {APP_NAME} {__version__}</translation>
    </message>
    <message>
        <source>open the main window and the user guide offscreen</source>
        <translation>abre la ventana principal y la guía del usuario sin mostrarlas en pantalla</translation>
    </message>
    <message>
        <source>Self-test failed.</source>
        <translation>La prueba de funcionamiento falló.</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>La prueba de funcionamiento salió bien.</translation>
    </message>
    <message>
        <source>Wrote the vetting summary for request {number} to {file}</source>
        <translation>Se guardó el resumen de la evaluación de la solicitud {number} en {file}</translation>
    </message>
    <message>
        <source>Wrote the questions to ask for request {number} to {file}</source>
        <translation>Se guardaron las preguntas para hacer de la solicitud {number} en {file}</translation>
    </message>
    <message>
        <source>a request&apos;s vetting summary as a Word document</source>
        <translation>el resumen de la evaluación de una solicitud como documento de Word</translation>
    </message>
    <message>
        <source>Write a Word document with the request&apos;s details, red flags, readiness by topic, every question with their answer, our evidence and rating, the capacity matrix and the decision.</source>
        <translation>Crea un documento de Word con los datos de la solicitud, las señales de alerta, la preparación por tema, cada pregunta con su respuesta, nuestra evidencia y calificación, la tabla de capacidades y la decisión.</translation>
    </message>
    <message>
        <source>the questions not answered yet, as a Word sheet for the next meeting</source>
        <translation>las preguntas que aún no tienen respuesta, como hoja de Word para la próxima reunión</translation>
    </message>
    <message>
        <source>Write a Word document listing every question not answered yet for the request, grouped by topic, each with room for notes.</source>
        <translation>Crea un documento de Word con todas las preguntas de la solicitud que aún no tienen respuesta, agrupadas por tema, cada una con espacio para notas.</translation>
    </message>
    <message>
        <source>There is no request {number}. `partnerdesk list requests` shows each request&apos;s number.</source>
        <translation>No existe la solicitud {number}. `partnerdesk list requests` muestra el número de cada solicitud.</translation>
    </message>
    <message>
        <source>the check-up form the partner fills in (Word)</source>
        <translation>el formulario de revisión de la alianza que llena el socio (Word)</translation>
    </message>
    <message>
        <source>Write the partnership check-up form, on your letterhead: a table per domain, each statement with a Rating (1–5) and a Comments cell for the partner to fill in. Read their filled form back with `partnerdesk import checkup`.</source>
        <translation>Crea el formulario de revisión de la alianza, con su membrete: una tabla por área, cada afirmación con una celda de Calificación (1–5) y otra de Comentarios para que el socio las llene. Para leer el formulario ya lleno, use `partnerdesk import checkup`.</translation>
    </message>
    <message>
        <source>Wrote the check-up form for request {number} to {file}</source>
        <translation>Se guardó el formulario de revisión de la alianza de la solicitud {number} en {file}</translation>
    </message>
    <message>
        <source>Read the check-up form the partner filled in into the request&apos;s latest check-up (a new one dated today when there is none): prints what was read and what could not be.</source>
        <translation>Lee el formulario de revisión que llenó el socio y lo guarda en la revisión más reciente de la solicitud (o en una nueva con la fecha de hoy si no hay ninguna): muestra lo que se leyó y lo que no se pudo leer.</translation>
    </message>
    <message>
        <source>their filled check-up form</source>
        <translation>el formulario de revisión lleno del socio</translation>
    </message>
    <message>
        <source>show what would be read; save nothing</source>
        <translation>muestra lo que se leería; no guarda nada</translation>
    </message>
    <message>
        <source>Nothing was saved (--dry-run).</source>
        <translation>No se guardó nada (--dry-run).</translation>
    </message>
    <message>
        <source>{form}: {summary}; into a new check-up of {when}</source>
        <translation>{form}: {summary}; guardado en una nueva revisión del {when}</translation>
    </message>
    <message>
        <source>{form}: {summary}; for a new check-up of {when}</source>
        <translation>{form}: {summary}; para una nueva revisión del {when}</translation>
    </message>
    <message>
        <source>{form}: {summary}; into the check-up of {when}</source>
        <translation>{form}: {summary}; guardado en la revisión del {when}</translation>
    </message>
    <message>
        <source>{form}: {summary}; for the check-up of {when}</source>
        <translation>{form}: {summary}; para la revisión del {when}</translation>
    </message>
    <message>
        <source>a partnership&apos;s check-ups: per domain, our score and theirs</source>
        <translation>las revisiones de una alianza: por área, nuestra calificación y la del socio</translation>
    </message>
    <message>
        <source>Each check-up of the partnership, oldest first: its date and, for each domain of the statements, the mean of our side&apos;s ratings and of the partner&apos;s (null when that side rated none of its statements).</source>
        <translation>Cada revisión de la alianza, de la más antigua a la más reciente: su fecha y, para cada área de las afirmaciones, el promedio de las calificaciones de nuestra parte y de las del socio (null cuando esa parte no calificó ninguna de sus afirmaciones).</translation>
    </message>
    <message>
        <source>print as JSON</source>
        <translation>muestra en formato JSON</translation>
    </message>
    <message>
        <source>There is no request {number}.</source>
        <translation>No existe la solicitud {number}.</translation>
    </message>
    <message>
        <source>No check-up yet.</source>
        <translation>Todavía no hay revisiones de la alianza.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Nosotros</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Check-up {id} on {date}</source>
        <translation>Revisión {id} del {date}</translation>
    </message>
    <message>
        <source>a partnership&apos;s results report for both organizations&apos; leaders (Word)</source>
        <translation>el informe de resultados de una alianza para la dirección de ambas organizaciones (Word)</translation>
    </message>
    <message>
        <source>Write a partnership&apos;s results report, on your letterhead: what it set out to do, commitments kept and late, measures of success with their figures, how the partnership is going (the check-up trend), your story or quote, and next steps.</source>
        <translation>Crea el informe de resultados de una alianza, con su membrete: lo que se propuso hacer, los compromisos cumplidos y atrasados, las medidas de éxito con sus cifras, cómo va la alianza (la tendencia de las revisiones), su historia o una cita, y los próximos pasos.</translation>
    </message>
    <message>
        <source>see: partnerdesk list partnerships</source>
        <translation>vea: partnerdesk list partnerships</translation>
    </message>
    <message>
        <source>Wrote the results report for request {number} to {file}</source>
        <translation>Se guardó el informe de resultados de la solicitud {number} en {file}</translation>
    </message>
    <message>
        <source>the language the document is written in (default: en); dates follow it too</source>
        <translation>el idioma en que se escribe el documento (si no se indica: en); las fechas también siguen ese idioma</translation>
    </message>
</context>
<context>
    <name>CommitmentActions</name>
    <message>
        <source>Marked done: “{short}”. To undo, choose Mark as open again on the partnership&apos;s Commitments tab.</source>
        <translation>Marcado como cumplido: «{short}». Para deshacerlo, elija Marcar como pendiente otra vez en la pestaña Compromisos de la alianza.</translation>
    </message>
    <message>
        <source>Open again: “{short}”.</source>
        <translation>Pendiente otra vez: «{short}».</translation>
    </message>
    <message>
        <source>Drop this commitment</source>
        <translation>Descartar este compromiso</translation>
    </message>
    <message>
        <source>Why is “{short}” dropped? (For example: both sides agreed it is no longer needed.)</source>
        <translation>¿Por qué se descarta «{short}»? (Por ejemplo: ambas partes acordaron que ya no hace falta.)</translation>
    </message>
    <message>
        <source>Dropped: “{short}”.</source>
        <translation>Descartado: «{short}».</translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No commitments yet. The rows of the MOU&apos;s roles table, its goals and the conditions of a “proceed with conditions” decision show here.</source>
        <translation>Todavía no hay compromisos. Aquí aparecen las filas de la tabla de funciones del MOU, sus metas y las condiciones de una decisión de «seguir adelante con condiciones».</translation>
    </message>
    <message>
        <source>Mark do&amp;ne</source>
        <translation>Ma&amp;rcar como cumplido</translation>
    </message>
    <message>
        <source>Mark the chosen commitment done (Space or {DONE_KEY})</source>
        <translation>Marcar como cumplido el compromiso elegido (Espacio o {DONE_KEY})</translation>
    </message>
    <message>
        <source>Mark as &amp;open again</source>
        <translation>Marcar como pendiente &amp;otra vez</translation>
    </message>
    <message>
        <source>Dro&amp;p…</source>
        <translation>De&amp;scartar…</translation>
    </message>
    <message>
        <source>Drop the chosen commitment, saying why</source>
        <translation>Descartar el compromiso elegido, indicando por qué</translation>
    </message>
    <message>
        <source>No party named yet</source>
        <translation>Todavía no se nombró ninguna parte</translation>
    </message>
</context>
<context>
    <name>CommitmentSource</name>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellido</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>Sin organización</translation>
    </message>
    <message>
        <source>One email address per line</source>
        <translation>Un correo electrónico por línea</translation>
    </message>
    <message>
        <source>One phone number per line</source>
        <translation>Un número de teléfono por línea</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Key leader</source>
        <translation>Líder clave</translation>
    </message>
    <message>
        <source>Makes decisions</source>
        <translation>Toma decisiones</translation>
    </message>
    <message>
        <source>Their background, what they care about, how we met</source>
        <translation>Su trayectoria, lo que le importa, cómo nos conocimos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Role or title:</source>
        <translation>&amp;Cargo o función:</translation>
    </message>
    <message>
        <source>&amp;Emails (one per line):</source>
        <translation>Correos &amp;electrónicos (uno por línea):</translation>
    </message>
    <message>
        <source>&amp;Phones (one per line):</source>
        <translation>&amp;Teléfonos (uno por línea):</translation>
    </message>
    <message>
        <source>P&amp;refers to be reached by:</source>
        <translation>Forma de contacto p&amp;referida:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Sobre esta persona:</translation>
    </message>
    <message>
        <source> You can still save.</source>
        <translation> Aun así puede guardar.</translation>
    </message>
    <message>
        <source>Please give the contact a name (or at least an email).</source>
        <translation>Escriba un nombre para el contacto (o al menos un correo electrónico).</translation>
    </message>
</context>
<context>
    <name>ContactFiles</name>
    <message>
        <source>The vCard file holds no cards.</source>
        <translation>El archivo vCard no tiene ninguna tarjeta.</translation>
    </message>
    <message>
        <source>PartnerDesk cannot tell which column holds names or e-mail addresses in this file (its first line is: {header}). Choose the columns by hand, or save it from your address book as Google CSV, Outlook CSV or vCard.</source>
        <translation>PartnerDesk no puede saber qué columna de este archivo tiene los nombres o las direcciones de correo electrónico (su primera línea es: {header}). Elija las columnas usted mismo, o guárdelo desde su libreta de direcciones como CSV de Google, CSV de Outlook o vCard.</translation>
    </message>
    <message>
        <source>The file is not a readable CSV file ({error}).</source>
        <translation>El archivo no es un archivo CSV legible ({error}).</translation>
    </message>
    <message>
        <source>The file&apos;s first line is empty; a CSV file needs headers.</source>
        <translation>La primera línea del archivo está vacía; un archivo CSV necesita encabezados.</translation>
    </message>
    <message>
        <source>The file is not a readable CSV file (near line {line}: {error}).</source>
        <translation>El archivo no es un archivo CSV legible (cerca de la línea {line}: {error}).</translation>
    </message>
    <message>
        <source>ragged row: {cells} cells but the header has {width} (a delimiter or quote is probably missing)</source>
        <translation>fila irregular: {cells} celdas, pero el encabezado tiene {width} (probablemente falta un separador o unas comillas)</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>same e-mail as {who}</source>
        <translation>mismo correo electrónico que {who}</translation>
    </message>
    <message>
        <source>same name as {who} at {organization}</source>
        <translation>mismo nombre que {who} en {organization}</translation>
    </message>
    <message>
        <source>same name as {who}</source>
        <translation>mismo nombre que {who}</translation>
    </message>
    <message>
        <source>name like {who} at {organization}</source>
        <translation>nombre parecido al de {who} en {organization}</translation>
    </message>
    <message>
        <source>name like {who}</source>
        <translation>nombre parecido al de {who}</translation>
    </message>
    <message>
        <source>{organization} is an organization you already have</source>
        <translation>{organization} es una organización que ya tiene</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>PartnerDesk cannot open {path}: {reason}.</source>
        <translation>PartnerDesk no puede abrir {path}: {reason}.</translation>
    </message>
    <message>
        <source>card {number}</source>
        <translation>tarjeta {number}</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>fila {number}</translation>
    </message>
</context>
<context>
    <name>ContactRows</name>
    <message>
        <source>unreadable date in {what}: &quot;{value}&quot;</source>
        <translation>fecha ilegible en {what}: «{value}»</translation>
    </message>
    <message>
        <source>no name and no email</source>
        <translation>sin nombre ni correo electrónico</translation>
    </message>
    <message>
        <source>a mailing list (&quot;{name}&quot;), not a person</source>
        <translation>una lista de correo («{name}»), no una persona</translation>
    </message>
    <message>
        <source>not a readable vCard ({problem})</source>
        <translation>no es una vCard legible ({problem})</translation>
    </message>
    <message>
        <source>a group (a list of contacts), not a person</source>
        <translation>un grupo (una lista de contactos), no una persona</translation>
    </message>
</context>
<context>
    <name>ContactTransfer</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Este archivo no se puede importar</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Importando contactos…</translation>
    </message>
    <message>
        <source>Imported {name}: {line}. Edit → Undo an import… takes it back.</source>
        <translation>Se importó {name}: {line}. Editar → Deshacer una importación… lo revierte.</translation>
    </message>
    <message>
        <source>The file cannot be read that way</source>
        <translation>El archivo no se puede leer de esa manera</translation>
    </message>
    <message>
        <source>Reading {name} again…</source>
        <translation>Leyendo {name} otra vez…</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>No hay nada que deshacer</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Deshacer una importación</translation>
    </message>
    <message>
        <source>Which import should be undone?</source>
        <translation>¿Qué importación desea deshacer?</translation>
    </message>
    <message>
        <source>The import was undone: new contacts went to the trash, merges reverted.</source>
        <translation>Se deshizo la importación: los contactos nuevos se enviaron a la papelera y las combinaciones se revirtieron.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Export the contacts for which program?</source>
        <translation>¿Para qué programa desea exportar los contactos?</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Exportando contactos…</translation>
    </message>
</context>
<context>
    <name>CopyRecords</name>
    <message>
        <source>The copy was stopped. The shared database was left as it was.</source>
        <translation>Se detuvo la copia. La base de datos compartida quedó como estaba.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>ningún registro</translation>
    </message>
    <message>
        <source>The shared database already holds records ({summary}). PartnerDesk copies only into an empty database, so nothing is doubled or overwritten. Use the shared database as it is, or ask whoever set up the server for an empty one.</source>
        <translation>La base de datos compartida ya tiene registros ({summary}). PartnerDesk solo copia a una base de datos vacía, para que nada se duplique ni se sobrescriba. Use la base de datos compartida tal como está, o pídale una vacía a quien configuró el servidor.</translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message>
        <source>There is no PartnerDesk data at {database_file} yet; nothing to check.</source>
        <translation>Todavía no hay datos de PartnerDesk en {database_file}; no hay nada que revisar.</translation>
    </message>
    <message>
        <source>The data file is damaged. Restore your most recent backup. SQLite reported: {problems}</source>
        <translation>El archivo de datos está dañado. Restaure su copia de seguridad más reciente. SQLite informó: {problems}</translation>
    </message>
    <message>
        <source>All good: the shared database {shown} is reachable and up to date.</source>
        <translation>Todo está bien: la base de datos compartida {shown} responde y está al día.</translation>
    </message>
    <message>
        <source>All good: {database_file} is healthy and up to date.</source>
        <translation>Todo está bien: {database_file} está en buen estado y al día.</translation>
    </message>
</context>
<context>
    <name>DataLocationDialog</name>
    <message>
        <source>Where is my data?</source>
        <translation>¿Dónde están mis datos?</translation>
    </message>
    <message>
        <source>Everything PartnerDesk knows is kept in these places on this computer. Only your user account can read them. PartnerDesk never sends anything anywhere.</source>
        <translation>Todo lo que PartnerDesk sabe se guarda en estos lugares de esta computadora. Solo su cuenta de usuario puede leerlos. PartnerDesk nunca envía nada a ningún lugar.</translation>
    </message>
    <message>
        <source>Your organization&apos;s records are kept in the shared database named below, on your organization&apos;s server. This computer keeps only its own settings, log and letterhead, in the folders below.</source>
        <translation>Los registros de su organización se guardan en la base de datos compartida que se indica abajo, en el servidor de su organización. Esta computadora guarda solo su propia configuración, su registro de actividad y el membrete, en las carpetas de abajo.</translation>
    </message>
    <message>
        <source>A shared database</source>
        <translation>Una base de datos compartida</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Choose where backups are kept (for example a USB stick)</source>
        <translation>Elija dónde guardar las copias de seguridad (por ejemplo, una memoria USB)</translation>
    </message>
    <message>
        <source>Backups cannot go there</source>
        <translation>No se pueden guardar copias de seguridad ahí</translation>
    </message>
    <message>
        <source>PartnerDesk cannot write to {folder} ({strerror}). Choose another folder.</source>
        <translation>PartnerDesk no puede escribir en {folder} ({strerror}). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Backups will be kept in {folder}.</source>
        <translation>Las copias de seguridad se guardarán en {folder}.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Copia de seguridad guardada en {path}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Your data will be replaced by this backup. What you have now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Sus datos se reemplazarán con esta copia de seguridad. Antes se hace una copia de seguridad de lo que tiene ahora, así que puede deshacer esto restaurando esa copia.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>What you had before</source>
        <translation>Lo que tenía antes</translation>
    </message>
    <message>
        <source>Restored the backup.{before}</source>
        <translation>Se restauró la copia de seguridad.{before}</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Your data file has a problem</source>
        <translation>Su archivo de datos tiene un problema</translation>
    </message>
    <message>
        <source>SQLite found damage in your data file. Please restore a recent backup (File → Backups and restore…) before adding more.</source>
        <translation>SQLite encontró daños en su archivo de datos. Restaure una copia de seguridad reciente (Archivo → Copias de seguridad y restauración…) antes de agregar más.</translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation>Revisando sus datos…</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>Everything was saved to {path}.</source>
        <translation>Todo se guardó en {path}.</translation>
    </message>
    <message>
        <source>Saving everything…</source>
        <translation>Guardando todo…</translation>
    </message>
    <message>
        <source>Import everything</source>
        <translation>Importar todo</translation>
    </message>
    <message>
        <source>Replace your data with this archive?</source>
        <translation>¿Reemplazar sus datos con este archivo comprimido?</translation>
    </message>
    <message>
        <source>Everything in PartnerDesk will be replaced by the archive&apos;s contents. What you have now is backed up first. {APP_NAME} closes afterwards; start it again.</source>
        <translation>Todo lo que hay en PartnerDesk se reemplazará con el contenido del archivo comprimido. Antes se hace una copia de seguridad de lo que tiene ahora. Después, {APP_NAME} se cierra; vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Replace my data</source>
        <translation>Reemplazar mis datos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Your data was replaced. {APP_NAME} will close now; start it again.</source>
        <translation>Sus datos se reemplazaron. {APP_NAME} se cerrará ahora; vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The archive was not imported</source>
        <translation>No se importó el archivo comprimido</translation>
    </message>
    <message>
        <source>Replacing your data…</source>
        <translation>Reemplazando sus datos…</translation>
    </message>
    <message>
        <source>Your data is kept in the shared database {address}</source>
        <translation>Sus datos se guardan en la base de datos compartida {address}</translation>
    </message>
    <message>
        <source>Your data is kept on this computer, in {folder}</source>
        <translation>Sus datos se guardan en esta computadora, en {folder}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Archivo de datos</translation>
    </message>
    <message>
        <source>Open the folder of the data file</source>
        <translation>Abrir la carpeta del archivo de datos</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Abrir la carpeta de las copias de seguridad</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>Open the folder of the log file</source>
        <translation>Abrir la carpeta del archivo de registro</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Open the folder of the settings file</source>
        <translation>Abrir la carpeta del archivo de configuración</translation>
    </message>
    <message>
        <source>{SHARED_DATABASE_MESSAGE} PartnerDesk&apos;s own backups, restore and “Export everything” are for data kept on this computer.</source>
        <translation>{SHARED_DATABASE_MESSAGE} Las copias de seguridad, la restauración y «Exportar todo» de PartnerDesk son para datos guardados en esta computadora.</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Proceed</source>
        <translation>Seguir adelante</translation>
    </message>
    <message>
        <source>Proceed with conditions</source>
        <translation>Seguir adelante con condiciones</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Hacer una pausa</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>Registrar una decisión</translation>
    </message>
    <message>
        <source>What have you decided about “{title}”?</source>
        <translation>¿Qué decidió sobre «{title}»?</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Why: what you weighed, who took part</source>
        <translation>Por qué: qué tomaron en cuenta, quiénes participaron</translation>
    </message>
    <message>
        <source>One condition per line, e.g. our staff time is paid</source>
        <translation>Una condición por línea; por ejemplo, que se pague el tiempo de nuestro personal</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <source>C&amp;onditions:</source>
        <translation>C&amp;ondiciones:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>&amp;Fecha de la decisión:</translation>
    </message>
    <message>
        <source>What must change &amp;first:</source>
        <translation>Qué debe cambiar &amp;antes:</translation>
    </message>
    <message>
        <source>Please choose what you decided.</source>
        <translation>Elija lo que decidió, por favor.</translation>
    </message>
    <message>
        <source>Please write down why: it is what you will look back at.</source>
        <translation>Escriba por qué, por favor: es lo que consultará más adelante.</translation>
    </message>
    <message>
        <source>Please list the conditions they must meet.</source>
        <translation>Anote las condiciones que deben cumplir, por favor.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Open a new e-mail without the attachment</source>
        <translation>Abrir un correo nuevo sin el adjunto</translation>
    </message>
    <message>
        <source>Copy the message text</source>
        <translation>Copiar el texto del mensaje</translation>
    </message>
    <message>
        <source>Show the e-mail file in its folder</source>
        <translation>Mostrar el archivo del correo en su carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Attach it as it is now</source>
        <translation>Adjuntarlo tal como está ahora</translation>
    </message>
    <message>
        <source>In a cover note for us, saved beside the MOU</source>
        <translation>En una nota de presentación para nosotros, guardada junto al MOU</translation>
    </message>
    <message>
        <source>In the MOU, as a list of open points for both parties</source>
        <translation>En el MOU, como una lista de puntos pendientes para ambas partes</translation>
    </message>
    <message>
        <source>Save a new version…</source>
        <translation>Guardar una versión nueva…</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar mi versión</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Cargar la otra versión</translation>
    </message>
    <message>
        <source>Restore it with my changes</source>
        <translation>Restaurarlo con mis cambios</translation>
    </message>
    <message>
        <source>Leave it in the Trash</source>
        <translation>Dejarlo en la Papelera</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Back to the editor</source>
        <translation>Volver al editor</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Open another data folder…</source>
        <translation>Abrir otra carpeta de datos…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>Escribir la contraseña…</translation>
    </message>
    <message>
        <source>Use the data on this computer this time</source>
        <translation>Usar esta vez los datos de esta computadora</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>DocumentSaveDialog</name>
    <message>
        <source>&amp;Document language:</source>
        <translation>&amp;Idioma del documento:</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
</context>
<context>
    <name>EmailActions</name>
    <message>
        <source>No e-mail was prepared</source>
        <translation>No se preparó ningún correo electrónico</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <source>Email draft</source>
        <translation>Borrador de correo</translation>
    </message>
    <message>
        <source>PartnerDesk prepares an e-mail to {organization_name} with “{name}” attached. You read it over and send it from your own mail program.</source>
        <translation>PartnerDesk prepara un correo electrónico para {organization_name} con «{name}» adjunto. Usted lo revisa y lo envía desde su propio programa de correo.</translation>
    </message>
    <message>
        <source>Outlook opens the e-mail ready to send. If your mail program shows it without a Send button (Thunderbird, for one), use its “Edit As New Message”.</source>
        <translation>Outlook abre el correo listo para enviar. Si su programa de correo lo muestra sin el botón Enviar (Thunderbird, por ejemplo), use su opción «Editar como nuevo mensaje».</translation>
    </message>
    <message>
        <source>No one at {organization_name} has an e-mail address saved. Type the addresses below, or add them on their contact pages.</source>
        <translation>Nadie en {organization_name} tiene una dirección de correo guardada. Escriba las direcciones abajo, o agréguelas en sus páginas de contacto.</translation>
    </message>
    <message>
        <source>No e-mail address saved for {names}.</source>
        <translation>No hay una dirección de correo guardada para {names}.</translation>
    </message>
    <message>
        <source>name@example.org; separate several with commas</source>
        <translation>nombre@example.org; separe varias con comas</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Tick each person it goes to (Space ticks).</source>
        <translation>Marque a cada persona que lo recibirá (con la tecla Espacio).</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Ot&amp;her addresses:</source>
        <translation>Otras &amp;direcciones:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Asun&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Adjunto:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Open in my mail program</source>
        <translation>&amp;Abrir en mi programa de correo</translation>
    </message>
    <message>
        <source>Open a new e-mail &amp;without the attachment</source>
        <translation>Abrir un correo nuevo &amp;sin el adjunto</translation>
    </message>
    <message>
        <source>&amp;Copy message text</source>
        <translation>&amp;Copiar el texto del mensaje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>PartnerDesk could not write the e-mail file in {drafts_folder} ({value}). Use “Copy message text” instead.</source>
        <translation>PartnerDesk no pudo escribir el archivo del correo en {drafts_folder} ({value}). Use «Copiar el texto del mensaje» en su lugar.</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>no se pudo escribir</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program. Read it over, then send it.</source>
        <translation>El correo está abierto en su programa de correo. Revíselo y luego envíelo.</translation>
    </message>
    <message>
        <source>The e-mail, with “{name}” attached, is saved as “{name2}” in {parent}.</source>
        <translation>El correo, con «{name}» adjunto, quedó guardado como «{name2}» en {parent}.</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail</source>
        <translation>Ningún programa de correo abrió el mensaje</translation>
    </message>
    <message>
        <source>Your computer has no program set up to open e-mail files.

{where}

You can show that file in its folder (some mail programs take it dragged in), start a new e-mail without the attachment (PartnerDesk shows the document in its folder so you can attach it), or copy the message text and paste it into an e-mail.</source>
        <translation>Su computadora no tiene ningún programa configurado para abrir archivos de correo.

{where}

Puede mostrar ese archivo en su carpeta (algunos programas de correo lo aceptan si usted lo arrastra), abrir un correo nuevo sin el adjunto (PartnerDesk muestra el documento en su carpeta para que usted lo adjunte), o copiar el texto del mensaje y pegarlo en un correo.</translation>
    </message>
    <message>
        <source>“{name}” is in the folder PartnerDesk opened ({parent}).</source>
        <translation>«{name}» está en la carpeta que abrió PartnerDesk ({parent}).</translation>
    </message>
    <message>
        <source>No program could show the folder. The e-mail file is “{name}” in {parent}.</source>
        <translation>Ningún programa pudo mostrar la carpeta. El archivo del correo es «{name}», en {parent}.</translation>
    </message>
    <message>
        <source>No mail program is set up</source>
        <translation>No hay ningún programa de correo configurado</translation>
    </message>
    <message>
        <source>Your computer has no mail program set up to start a new e-mail. Press “Copy message text” and paste it into an e-mail in your browser, then attach “{name}” from the folder that opened.</source>
        <translation>Su computadora no tiene un programa de correo configurado para empezar un correo nuevo. Presione «Copiar el texto del mensaje» y péguelo en un correo en su navegador; luego adjunte «{name}» desde la carpeta que se abrió.</translation>
    </message>
    <message>
        <source>A new e-mail is open. Attach “{name}”: it is in the folder PartnerDesk opened ({parent}).</source>
        <translation>Hay un correo nuevo abierto. Adjunte «{name}»: está en la carpeta que abrió PartnerDesk ({parent}).</translation>
    </message>
    <message>
        <source>Copied. Paste it into a new e-mail, then attach “{name}” (in {parent}).</source>
        <translation>Copiado. Péguelo en un correo nuevo y luego adjunte «{name}» (está en {parent}).</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>the file could not be written</source>
        <translation>no se pudo escribir el archivo</translation>
    </message>
    <message>
        <source>PartnerDesk could not write {name} in {folder}: {reason}. Choose another folder, or close the file if Word has it open.</source>
        <translation>PartnerDesk no pudo escribir {name} en {folder}: {reason}. Elija otra carpeta o cierre el archivo si está abierto en Word.</translation>
    </message>
</context>
<context>
    <name>FileReasons</name>
    <message>
        <source>it was not found</source>
        <translation>no se encontró</translation>
    </message>
    <message>
        <source>PartnerDesk is not allowed to use it</source>
        <translation>PartnerDesk no tiene permiso para usarlo</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>it could not be used</source>
        <translation>no se pudo usar</translation>
    </message>
</context>
<context>
    <name>FlagList</name>
    <message>
        <source>Red flags</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>No red flags so far.</source>
        <translation>Hasta ahora no hay señales de alerta.</translation>
    </message>
    <message>
        <source>Go to the question</source>
        <translation>Ir a la pregunta</translation>
    </message>
    <message>
        <source>The question behind “{title}”</source>
        <translation>La pregunta detrás de «{title}»</translation>
    </message>
</context>
<context>
    <name>FormActions</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>their answers</source>
        <translation>sus respuestas</translation>
    </message>
    <message>
        <source>“Their answer” of each question</source>
        <translation>el campo «Su respuesta» de cada pregunta</translation>
    </message>
    <message>
        <source>Save the question form as a Word document</source>
        <translation>Guardar el formulario de preguntas como documento de Word</translation>
    </message>
    <message>
        <source>Writing the question form…</source>
        <translation>Creando el formulario de preguntas…</translation>
    </message>
    <message>
        <source>Save the profile form as a Word document</source>
        <translation>Guardar el formulario de perfil como documento de Word</translation>
    </message>
    <message>
        <source>Writing the profile form…</source>
        <translation>Creando el formulario de perfil…</translation>
    </message>
    <message>
        <source>Partner profile</source>
        <translation>Perfil de la organización</translation>
    </message>
    <message>
        <source>Blank profile form</source>
        <translation>Formulario de perfil en blanco</translation>
    </message>
    <message>
        <source>their profile</source>
        <translation>el perfil de la organización</translation>
    </message>
    <message>
        <source>Read a filled-in profile form</source>
        <translation>Leer un formulario de perfil lleno</translation>
    </message>
    <message>
        <source>There is no organization yet. Add it first.</source>
        <translation>Todavía no hay ninguna organización. Agréguela primero.</translation>
    </message>
    <message>
        <source>Which organization is the form for?</source>
        <translation>¿Para qué organización es el formulario?</translation>
    </message>
    <message>
        <source>{prefix} - {file_name_from}.docx</source>
        <translation>{prefix} - {file_name_from}.docx</translation>
    </message>
    <message>
        <source>Letterhead not used</source>
        <translation>No se usó el membrete</translation>
    </message>
    <message>
        <source>Choose the filled-in form (Word document)</source>
        <translation>Elija el formulario lleno (documento de Word)</translation>
    </message>
    <message>
        <source>Nothing was read in.</source>
        <translation>No se incorporó nada.</translation>
    </message>
    <message>
        <source>The form was not saved</source>
        <translation>No se guardó el formulario</translation>
    </message>
</context>
<context>
    <name>FormAnswersDialog</name>
    <message>
        <source>Answers in the form</source>
        <translation>Respuestas del formulario</translation>
    </message>
    <message>
        <source>{summary}. Nothing is changed until you press “Read in”. Only {whose} is written: your own notes, evidence and ratings stay as they are. Untick an answer to keep yours.</source>
        <translation>{summary}. No se cambia nada hasta que presione «Incorporar». Solo se escribe {whose}: las notas, la evidencia y las calificaciones de usted quedan como están. Desmarque una respuesta para conservar la que usted tiene.</translation>
    </message>
    <message>
        <source>Add their answer</source>
        <translation>Agregar lo que respondieron</translation>
    </message>
    <message>
        <source>Take their answer</source>
        <translation>Tomar lo que respondieron</translation>
    </message>
    <message>
        <source>{verb} to {number}. {cut}</source>
        <translation>{verb} (pregunta {number}). {cut}</translation>
    </message>
    <message>
        <source>{verb} to question {number}: {question}</source>
        <translation>{verb} en la pregunta {number}: {question}</translation>
    </message>
    <message>
        <source>Now: {ours}</source>
        <translation>Ahora: {ours}</translation>
    </message>
    <message>
        <source>Now: nothing yet.</source>
        <translation>Ahora: nada todavía.</translation>
    </message>
    <message>
        <source>In the form: {theirs}</source>
        <translation>En el formulario: {theirs}</translation>
    </message>
    <message>
        <source>No answer in the form is new or differs from yours.</source>
        <translation>Ninguna respuesta del formulario es nueva ni distinta de las que usted tiene.</translation>
    </message>
    <message>
        <source>Answers to read in</source>
        <translation>Respuestas para incorporar</translation>
    </message>
    <message>
        <source>&amp;Could not be matched (copy by hand if needed):</source>
        <translation>&amp;No se pudieron relacionar (cópielas a mano si hace falta):</translation>
    </message>
    <message>
        <source>Could not be matched</source>
        <translation>No se pudieron relacionar</translation>
    </message>
    <message>
        <source>Everything in the form was matched.</source>
        <translation>Todo lo del formulario se pudo relacionar.</translation>
    </message>
    <message>
        <source>&amp;Read in</source>
        <translation>&amp;Incorporar</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{APP_NAME} user guide</source>
        <translation>Guía del usuario de {APP_NAME}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to where you were in the guide</source>
        <translation>Volver a donde estaba en la guía</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>Back to the start of the guide</source>
        <translation>Volver al inicio de la guía</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>The user guide is missing</source>
        <translation>Falta la guía del usuario</translation>
    </message>
    <message>
        <source>The user guide was not found in this installation of PartnerDesk. Installing PartnerDesk again brings it back; your data is not affected.</source>
        <translation>No se encontró la guía del usuario en esta instalación de PartnerDesk. Si vuelve a instalar PartnerDesk, la guía se recupera; sus datos no se ven afectados.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Acerca de {APP_NAME}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Edit partner history</source>
        <translation>Editar el historial con la organización</translation>
    </message>
    <message>
        <source>Add to partner history</source>
        <translation>Agregar al historial con la organización</translation>
    </message>
    <message>
        <source>For example: Diabetes screening pilot</source>
        <translation>Por ejemplo: Programa piloto de detección de diabetes</translation>
    </message>
    <message>
        <source>For example: Spring to fall 2019</source>
        <translation>Por ejemplo: De la primavera al otoño de 2019</translation>
    </message>
    <message>
        <source>Harm done or promises broken, if any</source>
        <translation>Daños causados o promesas incumplidas, si los hubo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;When (in words):</source>
        <translation>&amp;Cuándo (en palabras):</translation>
    </message>
    <message>
        <source>&amp;Date it started:</source>
        <translation>&amp;Fecha de inicio:</translation>
    </message>
    <message>
        <source>What went &amp;well:</source>
        <translation>Lo que salió &amp;bien:</translation>
    </message>
    <message>
        <source>What went &amp;badly:</source>
        <translation>Lo que salió &amp;mal:</translation>
    </message>
    <message>
        <source>&amp;Harm or broken promise:</source>
        <translation>&amp;Daño o promesa incumplida:</translation>
    </message>
    <message>
        <source>&amp;Acknowledged by them?</source>
        <translation>¿Lo &amp;reconocieron ellos?</translation>
    </message>
    <message>
        <source>Have they acknowledged the harm or misperception?</source>
        <translation>¿Han reconocido el daño o el malentendido?</translation>
    </message>
    <message>
        <source>H&amp;ow it was acknowledged:</source>
        <translation>Cómo lo reco&amp;nocieron:</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Please give this part of the history a short title.</source>
        <translation>Escriba un título corto para esta parte del historial.</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message>
        <source>{new} new, {merged} merged, {skipped} skipped</source>
        <translation>nuevos: {new}, combinados: {merged}, omitidos: {skipped}</translation>
    </message>
</context>
<context>
    <name>ImportLock</name>
    <message>
        <source>Another import is running on the shared database; waiting…</source>
        <translation>Hay otra importación en curso en la base de datos compartida; esperando…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import contacts from {file_name}</source>
        <translation>Importar contactos de {file_name}</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Su elección</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas para importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>…and {more:,} more rows, not shown here.</source>
        <translation>…y {more:,} filas más, que no se muestran aquí.</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <source>If names show odd characters (Ã©, Ð¸…), choose the encoding the file was saved in.</source>
        <translation>Si los nombres muestran caracteres raros (Ã©, Ð¸…), elija la codificación con la que se guardó el archivo.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Columns left out</source>
        <translation>Columnas omitidas</translation>
    </message>
    <message>
        <source>If names look wrong, choose another encoding.</source>
        <translation>Si los nombres se ven mal, elija otra codificación.</translation>
    </message>
    <message>
        <source>Columns left out (PartnerDesk has no place for them): </source>
        <translation>Columnas omitidas (PartnerDesk no tiene dónde ponerlas): </translation>
    </message>
    <message>
        <source>What to do with {where}</source>
        <translation>Qué hacer con {where}</translation>
    </message>
    <message>
        <source>This file holds {count:,} contacts ({format_label}, {encoding_label}).</source>
        <translation>Este archivo tiene {count:,} contactos ({format_label}, {encoding_label}).</translation>
    </message>
    <message>
        <source>Importing will add {new:,} new, merge {merged:,} into contacts you already have, and leave out {skipped:,}.</source>
        <translation>Al importar, se agregarán {new:,} nuevos, se combinarán {merged:,} con contactos que ya tiene y se omitirán {skipped:,}.</translation>
    </message>
    <message>
        <source>{doubtful} may be people you already have: choose what to do with each.</source>
        <translation>Contactos que quizá ya tiene: {doubtful}. Elija qué hacer con cada uno.</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import, and an import can be undone.</source>
        <translation>No se guarda nada hasta que presione Importar, y una importación se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Another PartnerDesk is writing to this data; waiting…</source>
        <translation>Otro PartnerDesk está guardando en estos datos; esperando…</translation>
    </message>
    <message>
        <source>PartnerDesk is open with this data. Close it first, then try again (or do this in the app: File → Backups and restore).</source>
        <translation>PartnerDesk está abierto con estos datos. Ciérrelo primero y vuelva a intentarlo (o hágalo en la aplicación: Archivo → Copias de seguridad y restauración).</translation>
    </message>
    <message>
        <source>Another PartnerDesk kept writing to this data for {minutes} minutes, so nothing was changed. Try again once it has finished.</source>
        <translation>Otro PartnerDesk estuvo guardando en estos datos durante {minutes} minutos, así que no se cambió nada. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>PartnerDesk cannot write to the folder {folder}: {reason}. Check that the folder is not read-only and that the disk is connected.</source>
        <translation>PartnerDesk no puede guardar en la carpeta {folder}: {reason}. Compruebe que la carpeta no sea de solo lectura y que el disco esté conectado.</translation>
    </message>
</context>
<context>
    <name>KickoffActions</name>
    <message>
        <source>Save the kickoff agenda as a Word document</source>
        <translation>Guardar la agenda de la reunión de inicio como documento de Word</translation>
    </message>
    <message>
        <source>Kickoff agenda - {file_name_from}.docx</source>
        <translation>Agenda de la reunión de inicio - {file_name_from}.docx</translation>
    </message>
    <message>
        <source>Letterhead not used</source>
        <translation>No se usó el membrete</translation>
    </message>
    <message>
        <source>Saved “{name}” in {parent}.</source>
        <translation>Se guardó «{name}» en {parent}.</translation>
    </message>
    <message>
        <source>Writing the agenda…</source>
        <translation>Creando la agenda…</translation>
    </message>
    <message>
        <source>The kickoff meeting is recorded in the notes.</source>
        <translation>La reunión de inicio quedó registrada en las notas.</translation>
    </message>
    <message>
        <source>The agenda was not saved</source>
        <translation>No se guardó la agenda</translation>
    </message>
</context>
<context>
    <name>KickoffDialog</name>
    <message>
        <source>Kickoff meeting</source>
        <translation>Reunión de inicio</translation>
    </message>
    <message>
        <source>Meet the partner of “{request_title}”. Choose the kind of meeting that suits you both, save its agenda to send, and record the meeting once it is held.</source>
        <translation>Reúnase con la organización aliada de «{request_title}». Elija el tipo de reunión que les convenga a ambas partes, guarde la agenda para enviarla y registre la reunión una vez que se haya hecho.</translation>
    </message>
    <message>
        <source>Tips for this kind of meeting</source>
        <translation>Consejos para este tipo de reunión</translation>
    </message>
    <message>
        <source>&amp;Kind of meeting:</source>
        <translation>&amp;Tipo de reunión:</translation>
    </message>
    <message>
        <source>Tips:</source>
        <translation>Consejos:</translation>
    </message>
    <message>
        <source>&amp;Save the agenda…</source>
        <translation>&amp;Guardar la agenda…</translation>
    </message>
    <message>
        <source>A Word agenda on your letterhead, to send to the partner</source>
        <translation>Una agenda en Word con su membrete, para enviarla al socio</translation>
    </message>
    <message>
        <source>&amp;Record the meeting…</source>
        <translation>&amp;Registrar la reunión…</translation>
    </message>
    <message>
        <source>When it was, who came, notes and follow-ups</source>
        <translation>Cuándo fue, quiénes asistieron, notas y seguimientos</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language of PartnerDesk:</source>
        <translation>&amp;Idioma de PartnerDesk:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Usar el idioma del sistema</translation>
    </message>
    <message>
        <source>PartnerDesk is in {language} now.</source>
        <translation>PartnerDesk está ahora en {language}.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of PartnerDesk, for the window and for the messages of the partnerdesk command. Documents choose their own language when you export them.</source>
        <translation>El nuevo idioma se usará a partir de la próxima vez que abra PartnerDesk, en la ventana y en los mensajes del comando partnerdesk. Cada documento tiene su propio idioma, que usted elige al exportarlo.</translation>
    </message>
    <message>
        <source>PartnerDesk will be in {language} from its next start.</source>
        <translation>PartnerDesk estará en {language} a partir de la próxima vez que lo abra.</translation>
    </message>
</context>
<context>
    <name>LetterheadActions</name>
    <message>
        <source>Letterhead</source>
        <translation>Membrete</translation>
    </message>
    <message>
        <source>A letterhead needs a data folder on this computer.</source>
        <translation>Para usar un membrete se necesita una carpeta de datos en esta computadora.</translation>
    </message>
    <message>
        <source>Your Word exports use your letterhead. Choose another one, or go back to PartnerDesk&apos;s plain layout?</source>
        <translation>Sus exportaciones a Word usan su membrete. ¿Desea elegir otro, o volver al diseño sencillo de PartnerDesk?</translation>
    </message>
    <message>
        <source>Choose another letterhead…</source>
        <translation>Elegir otro membrete…</translation>
    </message>
    <message>
        <source>Use the plain layout</source>
        <translation>Usar el diseño sencillo</translation>
    </message>
    <message>
        <source>Word exports use the plain layout again.</source>
        <translation>Las exportaciones a Word vuelven a usar el diseño sencillo.</translation>
    </message>
    <message>
        <source>Choose your letterhead (a Word document)</source>
        <translation>Elija su membrete (un documento de Word)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>This letterhead cannot be used</source>
        <translation>No se puede usar este membrete</translation>
    </message>
    <message>
        <source>{refusal} Your Word exports stay as they were.</source>
        <translation>{refusal} Sus exportaciones a Word siguen como estaban.</translation>
    </message>
    <message>
        <source>Word exports now use your letterhead “{name}”: a sample MOU was written on it without a problem.</source>
        <translation>Las exportaciones a Word ahora usan su membrete «{name}»: se escribió con él un MOU de prueba sin ningún problema.</translation>
    </message>
    <message>
        <source>The letterhead was not kept</source>
        <translation>No se guardó el membrete</translation>
    </message>
    <message>
        <source>PartnerDesk could not keep a copy of “{name}” in {data_dir} ({value}). Your Word exports stay as they were.</source>
        <translation>PartnerDesk no pudo guardar una copia de «{name}» en {data_dir} ({value}). Sus exportaciones a Word siguen como estaban.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>no se pudo escribir el archivo</translation>
    </message>
    <message>
        <source>Trying your letterhead…</source>
        <translation>Probando su membrete…</translation>
    </message>
</context>
<context>
    <name>ListColumn</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Área de servicio</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo o función</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Funding ends</source>
        <translation>Fin del financiamiento</translation>
    </message>
</context>
<context>
    <name>ListNarrowing</name>
    <message>
        <source>T&amp;ag:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Key leaders only</source>
        <translation>Solo líderes clave</translation>
    </message>
    <message>
        <source>Open follow-ups only</source>
        <translation>Solo seguimientos pendientes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Dónde se guardan sus datos</translation>
    </message>
    <message>
        <source>That record is no longer there.</source>
        <translation>Ese registro ya no existe.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>Load the sample data?</source>
        <translation>¿Cargar los datos de ejemplo?</translation>
    </message>
    <message>
        <source>This adds invented organizations, contacts, notes and a partnership request, so you can look around. You can move them to the trash later.</source>
        <translation>Esto agrega organizaciones, contactos, notas y una solicitud de alianza inventados, para que pueda explorar. Más tarde puede moverlos a la papelera.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Cargar datos de ejemplo</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Datos de ejemplo cargados.</translation>
    </message>
    <message>
        <source>Loading the sample data…</source>
        <translation>Cargando los datos de ejemplo…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Record the kickoff meeting</source>
        <translation>Registrar la reunión de inicio</translation>
    </message>
    <message>
        <source>date of the meeting</source>
        <translation>fecha de la reunión</translation>
    </message>
    <message>
        <source>For example: Ana Ruiz, Dev Patel</source>
        <translation>Por ejemplo: Ana Ruiz, Dev Patel</translation>
    </message>
    <message>
        <source>What was said, what you agreed</source>
        <translation>Lo que se dijo, lo que acordaron</translation>
    </message>
    <message>
        <source>What needs to happen next, and who does it</source>
        <translation>Lo que debe pasar después, y quién lo hace</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Who came:</source>
        <translation>&amp;Quién asistió:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Seguimiento:</translation>
    </message>
    <message>
        <source>Follow-up d&amp;ue:</source>
        <translation>Fecha &amp;límite del seguimiento:</translation>
    </message>
    <message>
        <source>Please write what the follow-up is, or leave its date empty.</source>
        <translation>Escriba en qué consiste el seguimiento, o deje vacía su fecha.</translation>
    </message>
</context>
<context>
    <name>MouActions</name>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>Start an MOU?</source>
        <translation>¿Comenzar un MOU?</translation>
    </message>
    <message>
        <source>Start a memorandum of understanding for “{request_title}”? PartnerDesk fills in what it already knows: the parties and who signs, the funding and when it ends, how much say you want, the capacity matrix and the answers on data and sustainability. You change anything you like.</source>
        <translation>¿Comenzar un memorando de entendimiento (MOU) para «{request_title}»? PartnerDesk completa lo que ya sabe: las partes y quién firma, el financiamiento y cuándo termina, cuánto quiere usted decidir, la tabla de capacidades y las respuestas sobre datos y sostenibilidad. Usted puede cambiar lo que quiera.</translation>
    </message>
    <message>
        <source>Start the MOU</source>
        <translation>Comenzar el MOU</translation>
    </message>
    <message>
        <source>New memorandum of understanding</source>
        <translation>Nuevo memorando de entendimiento</translation>
    </message>
    <message>
        <source>Standard wording is not available: {error}</source>
        <translation>El texto estándar no está disponible: {error}</translation>
    </message>
    <message>
        <source>Points still to settle</source>
        <translation>Puntos pendientes</translation>
    </message>
    <message>
        <source>Save the MOU as a Word document to attach</source>
        <translation>Guardar el MOU como documento de Word para adjuntarlo</translation>
    </message>
    <message>
        <source>Save the MOU as a Word document</source>
        <translation>Guardar el MOU como documento de Word</translation>
    </message>
    <message>
        <source>A note for this version</source>
        <translation>Una nota para esta versión</translation>
    </message>
    <message>
        <source>What is this version for? (optional, e.g. “sent to Angela for comments”)</source>
        <translation>¿Para qué es esta versión? (opcional; por ejemplo, «enviada a Angela para comentarios»)</translation>
    </message>
    <message>
        <source>Sent to our partner for comments</source>
        <translation>Enviada a la organización aliada para comentarios</translation>
    </message>
    <message>
        <source> The {settle} still to settle are in “{name}”.</source>
        <translation> Los puntos pendientes ({settle}) están en «{name}».</translation>
    </message>
    <message>
        <source> It lists {settle} still to settle.</source>
        <translation> Indica {settle} por resolver.</translation>
    </message>
    <message>
        <source>Saved version {version} as “{name}”.{open_points}</source>
        <translation>Se guardó la versión {version} como «{name}».{open_points}</translation>
    </message>
    <message>
        <source>Your letterhead was not used</source>
        <translation>No se usó su membrete</translation>
    </message>
    <message>
        <source>The cover note was not saved</source>
        <translation>No se guardó la nota de presentación</translation>
    </message>
    <message>
        <source>Writing the MOU…</source>
        <translation>Creando el MOU…</translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation>No se guardó el documento</translation>
    </message>
    <message>
        <source>PartnerDesk could not write {name} in {parent}: {value}. Choose another folder, or close the file if Word has it open. No version was recorded.</source>
        <translation>PartnerDesk no pudo escribir {name} en {parent}: {value}. Elija otra carpeta o cierre el archivo si está abierto en Word. No se registró ninguna versión.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>no se pudo escribir el archivo</translation>
    </message>
    <message>
        <source>The MOU is copied as plain text: paste it into an e-mail or document.</source>
        <translation>El MOU se copió como texto simple: péguelo en un correo electrónico o en un documento.</translation>
    </message>
    <message>
        <source>The MOU has changed since version {number} was saved as “{name}”, so PartnerDesk saves it again, as a new version, to attach to the e-mail.</source>
        <translation>El MOU cambió desde que se guardó la versión {number} como «{name}», así que PartnerDesk lo guarda de nuevo, como una versión nueva, para adjuntarlo al correo.</translation>
    </message>
    <message>
        <source>Version {number} was saved as “{name}” in {folder}, but the file is no longer there, so PartnerDesk saves the MOU again to attach to the e-mail. This records a new version.</source>
        <translation>La versión {number} se guardó como «{name}» en {folder}, pero el archivo ya no está allí, así que PartnerDesk guarda el MOU de nuevo para adjuntarlo al correo. Esto registra una versión nueva.</translation>
    </message>
    <message>
        <source>The Word file was changed</source>
        <translation>El archivo de Word cambió</translation>
    </message>
    <message>
        <source>Version {number} was saved as “{name}” in {folder}, and the file has been changed since (in Word, perhaps). Attach the file as it is now, or save a new version from PartnerDesk?</source>
        <translation>La versión {number} se guardó como «{name}» en {folder}, y desde entonces el archivo cambió (quizás en Word). ¿Desea adjuntar el archivo tal como está ahora o guardar una versión nueva desde PartnerDesk?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Attaching version {number}, “{name}”: the MOU has not changed since it was saved.</source>
        <translation>Se adjunta la versión {number}, «{name}»: el MOU no ha cambiado desde que se guardó.</translation>
    </message>
    <message>
        <source>A new version is needed</source>
        <translation>Se necesita una versión nueva</translation>
    </message>
    <message>
        <source>Who should it go to?</source>
        <translation>¿A quién se debe enviar?</translation>
    </message>
    <message>
        <source>This MOU was started from scratch, so PartnerDesk does not know whose people to offer. The document is saved as “{name}” in {parent}: attach it to an e-mail in your mail program.</source>
        <translation>Este MOU se comenzó desde cero, así que PartnerDesk no sabe qué contactos ofrecerle. El documento está guardado como «{name}» en {parent}: adjúntelo a un correo en su programa de correo.</translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation>¿Restaurar esta versión?</translation>
    </message>
    <message>
        <source>Make version {number} the current draft? The draft you have now is kept as a version first, so you can come back to it.</source>
        <translation>¿Convertir la versión {number} en el borrador actual? Primero, el borrador que tiene ahora se guarda como una versión, para que pueda volver a él.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Version {currentData} is the current draft.</source>
        <translation>La versión {currentData} es el borrador actual.</translation>
    </message>
</context>
<context>
    <name>MouEditing</name>
    <message>
        <source>This MOU is not saved yet</source>
        <translation>Este MOU todavía no está guardado</translation>
    </message>
    <message>
        <source>Someone else changed this part of the MOU ({part})</source>
        <translation>Otra persona cambió esta parte del MOU ({part})</translation>
    </message>
    <message>
        <source>{text}

If you close it now, what you typed since the last save is lost. Keep it open to put it right, or to have it saved as soon as PartnerDesk can write again.</source>
        <translation>{text}

Si lo cierra ahora, se perderá lo que escribió desde la última vez que se guardó. Déjelo abierto para corregirlo, o para que se guarde en cuanto PartnerDesk pueda volver a escribir.</translation>
    </message>
</context>
<context>
    <name>MouStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>MouVersionsDialog</name>
    <message>
        <source>Versions of this MOU</source>
        <translation>Versiones de este MOU</translation>
    </message>
    <message>
        <source>A version is kept each time the MOU is exported. Compare two to see what changed, or bring an older one back as the current draft (the draft you have now is kept as a version first).</source>
        <translation>Cada vez que se exporta el MOU, se guarda una versión. Compare dos para ver qué cambió, o recupere una anterior como borrador actual (primero, el borrador que tiene ahora se guarda como versión).</translation>
    </message>
    <message>
        <source>The current draft</source>
        <translation>El borrador actual</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Comparar:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>C&amp;on:</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>&amp;Restore the first as the current draft</source>
        <translation>&amp;Restaurar la primera como borrador actual</translation>
    </message>
    <message>
        <source>&amp;Show the first in full</source>
        <translation>&amp;Mostrar la primera completa</translation>
    </message>
    <message>
        <source>Show the &amp;differences</source>
        <translation>Mostrar las &amp;diferencias</translation>
    </message>
    <message>
        <source>&lt;p&gt;No versions yet. A version is kept each time you export the MOU to Word.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todavía no hay versiones. Cada vez que exporta el MOU a Word, se guarda una versión.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MouWizard</name>
    <message>
        <source>MOU — {title}</source>
        <translation>MOU — {title}</translation>
    </message>
    <message>
        <source>MOU title</source>
        <translation>Título del MOU</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>✔ Check and export</source>
        <translation>✔ Revisar y exportar</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <source>&amp;Undo changes on this page</source>
        <translation>&amp;Deshacer los cambios en esta página</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Please give it a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
</context>
<context>
    <name>NewCheckupDialog</name>
    <message>
        <source>New check-up</source>
        <translation>Nueva revisión de la alianza</translation>
    </message>
    <message>
        <source>On what date is the check-up? Today&apos;s date is filled in; a date ahead plans it (it then shows in the calendar export).</source>
        <translation>¿En qué fecha es la revisión? Ya aparece la fecha de hoy; con una fecha futura, la revisión queda planeada (y entonces aparece en el calendario que se exporta).</translation>
    </message>
    <message>
        <source>date of the check-up</source>
        <translation>fecha de la revisión</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Comenzar</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>Sin organización</translation>
    </message>
    <message>
        <source>For example: First meeting at the pantry</source>
        <translation>Por ejemplo: Primera reunión en la despensa de alimentos</translation>
    </message>
    <message>
        <source>What was said, what you noticed</source>
        <translation>Lo que se dijo, lo que usted notó</translation>
    </message>
    <message>
        <source>What needs to happen next, if anything</source>
        <translation>Lo que hay que hacer después, si hace falta algo</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Wh&amp;at happened:</source>
        <translation>&amp;Qué pasó:</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>Quiénes &amp;participaron:</translation>
    </message>
    <message>
        <source>Tick the people who were there</source>
        <translation>Marque a las personas que estuvieron presentes</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Seguimiento:</translation>
    </message>
    <message>
        <source>Follow-up d&amp;ue:</source>
        <translation>Fecha &amp;límite del seguimiento:</translation>
    </message>
    <message>
        <source>Please write a subject or a few words about what happened.</source>
        <translation>Por favor, escriba un asunto o unas palabras sobre lo que pasó.</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita al lugar</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>e.g. {friendly_date}</source>
        <translation>p. ej., {friendly_date}</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Elija una fecha</translation>
    </message>
    <message>
        <source>Date understood</source>
        <translation>Fecha que se entendió</translation>
    </message>
    <message>
        <source>Please write the {label}, e.g. {friendly_date}.</source>
        <translation>Por favor, escriba la {label}, p. ej., {friendly_date}.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>OptionalNumberEdit</name>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Edit organization</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>For example: Riverbend Health System</source>
        <translation>Por ejemplo: Riverbend Health System</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. food access, coalition</source>
        <translation>Separe las etiquetas con comas, p. ej.: acceso a alimentos, coalición</translation>
    </message>
    <message>
        <source>What have they actually done that shows it?</source>
        <translation>¿Qué han hecho en realidad que lo demuestre?</translation>
    </message>
    <message>
        <source>This is the organization I work for</source>
        <translation>Esta es la organización donde trabajo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>Service &amp;area:</source>
        <translation>Área de &amp;servicio:</translation>
    </message>
    <message>
        <source>Where they work and whom</source>
        <translation>Dónde trabajan y a quiénes atienden</translation>
    </message>
    <message>
        <source>&amp;Years active in our community:</source>
        <translation>Años de &amp;actividad en nuestra comunidad:</translation>
    </message>
    <message>
        <source>How many years they have been active in our community</source>
        <translation>Cuántos años llevan de actividad en nuestra comunidad</translation>
    </message>
    <message>
        <source>&amp;First contact with us:</source>
        <translation>&amp;Primer contacto con nosotros:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Misión:</translation>
    </message>
    <message>
        <source>&amp;Values statement:</source>
        <translation>Declaración de &amp;valores:</translation>
    </message>
    <message>
        <source>How they have &amp;shown their values:</source>
        <translation>Cómo han &amp;demostrado sus valores:</translation>
    </message>
    <message>
        <source>How have they demonstrated those values?</source>
        <translation>¿Cómo han demostrado esos valores?</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Please give the organization a name.</source>
        <translation>Escriba un nombre para la organización.</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>← All organizations</source>
        <translation>← Todas las organizaciones</translation>
    </message>
    <message>
        <source>Ed&amp;it details…</source>
        <translation>Ed&amp;itar datos…</translation>
    </message>
    <message>
        <source>New &amp;note…</source>
        <translation>Nueva &amp;nota…</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>Nuevo con&amp;tacto…</translation>
    </message>
    <message>
        <source>Add past e&amp;xperience…</source>
        <translation>Agregar e&amp;xperiencia pasada…</translation>
    </message>
    <message>
        <source>Partner p&amp;rofile…</source>
        <translation>Pe&amp;rfil de la organización…</translation>
    </message>
    <message>
        <source>Whom they serve, what they do and why, what they bring, how they measure success</source>
        <translation>A quiénes atienden, qué hacen y por qué, qué aportan, cómo miden el éxito</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Cr&amp;onología</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>  (in the trash)</source>
        <translation>  (en la papelera)</translation>
    </message>
    <message>
        <source> · our organization</source>
        <translation> · nuestra organización</translation>
    </message>
    <message>
        <source>&amp;People ({count})</source>
        <translation>&amp;Personas ({count})</translation>
    </message>
</context>
<context>
    <name>OrganizationType</name>
    <message>
        <source>Hospital or health system</source>
        <translation>Hospital o sistema de salud</translation>
    </message>
    <message>
        <source>Public health department</source>
        <translation>Departamento de salud pública</translation>
    </message>
    <message>
        <source>Health plan or payer</source>
        <translation>Plan de salud o aseguradora</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>Agencia del gobierno</translation>
    </message>
    <message>
        <source>Community-based organization</source>
        <translation>Organización comunitaria</translation>
    </message>
    <message>
        <source>Faith-based group</source>
        <translation>Grupo religioso</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>OurOrganizationDialog</name>
    <message>
        <source>Your organization</source>
        <translation>Su organización</translation>
    </message>
    <message>
        <source>Which organization do you work for? PartnerDesk keeps its profile, and uses its name on the capacity matrix and on the documents you export.</source>
        <translation>¿En qué organización trabaja? PartnerDesk guarda su perfil y usa su nombre en la tabla de capacidades y en los documentos que usted exporte.</translation>
    </message>
    <message>
        <source>For example: Eastside Food Bank</source>
        <translation>Por ejemplo: Eastside Food Bank</translation>
    </message>
    <message>
        <source>&amp;A new organization, named:</source>
        <translation>&amp;Una nueva organización, llamada:</translation>
    </message>
    <message>
        <source>&amp;One already in PartnerDesk:</source>
        <translation>Una que &amp;ya está en PartnerDesk:</translation>
    </message>
    <message>
        <source>Name of the new organization</source>
        <translation>Nombre de la nueva organización</translation>
    </message>
    <message>
        <source>Organization already in PartnerDesk</source>
        <translation>Organización que ya está en PartnerDesk</translation>
    </message>
    <message>
        <source>Your organization&apos;s &amp;name:</source>
        <translation>&amp;Nombre de su organización:</translation>
    </message>
    <message>
        <source>&amp;It is a 501(c)(3) nonprofit, or receives public funds</source>
        <translation>&amp;Es una organización sin fines de lucro 501(c)(3) o recibe fondos públicos</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Please write your organization&apos;s name.</source>
        <translation>Escriba el nombre de su organización.</translation>
    </message>
</context>
<context>
    <name>ParticipationLevel</name>
    <message>
        <source>Inform</source>
        <translation>Informar</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <source>Involve</source>
        <translation>Involucrar</translation>
    </message>
    <message>
        <source>Collaborate</source>
        <translation>Colaborar</translation>
    </message>
    <message>
        <source>Empower</source>
        <translation>Empoderar</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <source>No MOU yet</source>
        <translation>Sin MOU todavía</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisión del MOU pendiente</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation>Firmado el {date}</translation>
    </message>
    <message>
        <source>Every partnership that went ahead, and not ended: its MOU, the next review, when its funding ends, commitments late and the last check-up. Press Enter or double-click one to open it.</source>
        <translation>Cada alianza que siguió adelante y que no ha terminado: su MOU, la próxima revisión del MOU, cuándo termina su financiamiento, los compromisos atrasados y la última revisión de la alianza. Presione Enter o haga doble clic en una para abrirla.</translation>
    </message>
    <message>
        <source>Active partnerships</source>
        <translation>Alianzas activas</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión del MOU</translation>
    </message>
    <message>
        <source>Funding ends</source>
        <translation>Fin del financiamiento</translation>
    </message>
    <message>
        <source>Late commitments</source>
        <translation>Compromisos atrasados</translation>
    </message>
    <message>
        <source>Last check-up</source>
        <translation>Última revisión de la alianza</translation>
    </message>
    <message>
        <source>No partnerships yet</source>
        <translation>Todavía no hay alianzas</translation>
    </message>
    <message>
        <source>A request shows here once you decide to go ahead with it: from the kickoff meeting on, through the MOU, until the partnership ends.</source>
        <translation>Una solicitud aparece aquí cuando usted decide seguir adelante con ella: desde la reunión de inicio, pasando por el MOU, hasta que termina la alianza.</translation>
    </message>
    <message>
        <source>When funding ends</source>
        <translation>Cuándo termina el financiamiento</translation>
    </message>
    <message>
        <source>Chart: when each partnership&apos;s funding ends</source>
        <translation>Gráfico: cuándo termina el financiamiento de cada alianza</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Remember it on this computer</source>
        <translation>&amp;Recordarla en esta computadora</translation>
    </message>
    <message>
        <source>This computer has no password store PartnerDesk can use.</source>
        <translation>Esta computadora no tiene un almacén de contraseñas que PartnerDesk pueda usar.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <source>PartnerDesk stopped because the disk is full. Nothing already saved was lost; free some space, then try again.</source>
        <translation>PartnerDesk se detuvo porque el disco está lleno. No se perdió nada de lo que ya estaba guardado; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>PartnerDesk cannot write to {name} ({strerror}). Check that the folder is not read-only and that you may change files in it.</source>
        <translation>PartnerDesk no puede escribir en {name} ({strerror}). Verifique que la carpeta no sea de solo lectura y que usted tenga permiso para cambiar archivos en ella.</translation>
    </message>
    <message>
        <source>{problem} Nothing from this command was saved; try again once the server is back.</source>
        <translation>{problem} No se guardó nada de este comando; vuelva a intentarlo cuando el servidor vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Another program is using PartnerDesk&apos;s data right now, so nothing was changed. Try again in a moment.</source>
        <translation>Otro programa está usando los datos de PartnerDesk en este momento, así que no se cambió nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>PartnerDesk cannot write to its data in {where}. Check that the folder is not read-only and that you may change files in it.</source>
        <translation>PartnerDesk no puede escribir en sus datos en {where}. Verifique que la carpeta no sea de solo lectura y que usted tenga permiso para cambiar archivos en ella.</translation>
    </message>
</context>
<context>
    <name>PreferredContactMethod</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>Save the partner profile as a Word document</source>
        <translation>Guardar el perfil de la organización como documento de Word</translation>
    </message>
    <message>
        <source>Partner profile - {file_name_from}.docx</source>
        <translation>Perfil de la organización - {file_name_from}.docx</translation>
    </message>
    <message>
        <source>Saved “{name}” in {parent}.</source>
        <translation>Se guardó «{name}» en {parent}.</translation>
    </message>
    <message>
        <source>Your letterhead was not used</source>
        <translation>No se usó su membrete</translation>
    </message>
    <message>
        <source>Writing the partner profile…</source>
        <translation>Creando el perfil de la organización…</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>no se pudo escribir el archivo</translation>
    </message>
    <message>
        <source>The profile was not saved as a document</source>
        <translation>El perfil no se guardó como documento</translation>
    </message>
    <message>
        <source>PartnerDesk could not write {name} in {parent}: {reason}. Choose another folder, or close the file if Word has it open.</source>
        <translation>PartnerDesk no pudo escribir {name} en {parent}: {reason}. Elija otra carpeta o cierre el archivo si está abierto en Word.</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <source>Partner profile – {organization_name}</source>
        <translation>Perfil de la organización – {organization_name}</translation>
    </message>
    <message>
        <source>Partner profile: {organization_name}</source>
        <translation>Perfil de la organización: {organization_name}</translation>
    </message>
    <message>
        <source>Parts of the profile</source>
        <translation>Partes del perfil</translation>
    </message>
    <message>
        <source>Part {number} of {count}</source>
        <translation>Parte {number} de {count}</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>Exportar a &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>{title}
{answered} of {count} answered</source>
        <translation>{title}
{answered} de {count} respondidas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No se guardó: {problem}</translation>
    </message>
    <message>
        <source>Your colleague&apos;s answer is shown; what you typed there was not saved.</source>
        <translation>Se muestra la respuesta de su colega; lo que usted escribió allí no se guardó.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File</source>
        <comment>All other platforms</comment>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>QCoreApplication.mou_actions</name>
    <message numerus="yes">
        <source>This MOU still has %n point(s) to settle. Where should they go?</source>
        <translation>
            <numerusform>Este MOU todavía tiene %n punto por resolver. ¿Dónde debe ir?</numerusform>
            <numerusform>Este MOU todavía tiene %n puntos por resolver. ¿Dónde deben ir?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
</context>
<context>
    <name>QuestionBankDialog</name>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>These are the questions the vetting screen asks for every request. Add your own, change the wording to how you would say it, or retire a question you do not need. Nothing already answered is lost.</source>
        <translation>Estas son las preguntas que la pantalla de evaluación hace para cada solicitud. Agregue las suyas, cambie la redacción a como usted lo diría o retire una pregunta que no necesite. No se pierde nada de lo que ya se respondió.</translation>
    </message>
    <message>
        <source>&amp;Add a question…</source>
        <translation>&amp;Agregar una pregunta…</translation>
    </message>
    <message>
        <source>&amp;Change wording…</source>
        <translation>&amp;Cambiar la redacción…</translation>
    </message>
    <message>
        <source>&amp;Retire / bring back</source>
        <translation>&amp;Retirar / recuperar</translation>
    </message>
    <message>
        <source>Reset to the &amp;shipped questions…</source>
        <translation>Volver a las preguntas &amp;originales…</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>propia</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>reformulada</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>{question}  ({marks})</source>
        <translation>{question}  ({marks})</translation>
    </message>
    <message>
        <source>Question added.</source>
        <translation>Se agregó la pregunta.</translation>
    </message>
    <message>
        <source>Question saved.</source>
        <translation>Se guardó la pregunta.</translation>
    </message>
    <message>
        <source>Question retired.</source>
        <translation>Se retiró la pregunta.</translation>
    </message>
    <message>
        <source>Question brought back.</source>
        <translation>Se recuperó la pregunta.</translation>
    </message>
    <message>
        <source>The shipped questions are back.</source>
        <translation>Se restablecieron las preguntas originales.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Change a question</source>
        <translation>Cambiar una pregunta</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Agregar una pregunta</translation>
    </message>
    <message>
        <source>The question, as you would ask it</source>
        <translation>La pregunta, tal como usted la haría</translation>
    </message>
    <message>
        <source>Why it matters, or what a good answer sounds like</source>
        <translation>Por qué importa, o cómo suena una buena respuesta</translation>
    </message>
    <message>
        <source>Answers already given keep the wording they were asked in; new answers get the new wording.</source>
        <translation>Las respuestas ya dadas conservan el texto con que se hizo la pregunta; las respuestas nuevas llevan el texto nuevo.</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation>&amp;Ayuda:</translation>
    </message>
    <message>
        <source>Please write the question.</source>
        <translation>Escriba la pregunta.</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Answered, not rated yet</source>
        <translation>Respondida, todavía sin calificar</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Todavía sin preguntar</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Adecuada</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Inquietud</translation>
    </message>
</context>
<context>
    <name>ReadingForms</name>
    <message>
        <source>its number is that of question {number}, but its wording reads like another question</source>
        <translation>su número es el de la pregunta {number}, pero su redacción se parece a otra pregunta</translation>
    </message>
    <message>
        <source>no question of ours reads like it</source>
        <translation>ninguna de nuestras preguntas se le parece</translation>
    </message>
    <message>
        <source>it has no question beside it</source>
        <translation>no tiene ninguna pregunta al lado</translation>
    </message>
    <message>
        <source>question {number} is answered already in {where}</source>
        <translation>la pregunta {number} ya tiene respuesta en {where}</translation>
    </message>
    <message>
        <source>it is written outside the tables</source>
        <translation>está escrito fuera de las tablas</translation>
    </message>
    <message>
        <source>“{name}” holds no text PartnerDesk can read.</source>
        <translation>“{name}” no contiene texto que PartnerDesk pueda leer.</translation>
    </message>
    <message>
        <source>“{name}” is not one of our forms: it has no table of questions and answers. Choose the form you sent them, filled in.</source>
        <translation>“{name}” no es uno de nuestros formularios: no tiene una tabla de preguntas y respuestas. Elija el formulario que usted les envió, ya lleno.</translation>
    </message>
    <message>
        <source>There is no file “{name}” there.</source>
        <translation>No hay ningún archivo “{name}” allí.</translation>
    </message>
    <message>
        <source>“{name}” is not a Word document (.docx). Open it in Word, LibreOffice or Google Docs and save or download it as “Word Document (.docx)”.</source>
        <translation>“{name}” no es un documento de Word (.docx). Ábralo en Word, LibreOffice o Google Docs y guárdelo o descárguelo como “Documento de Word (.docx)”.</translation>
    </message>
    <message>
        <source>“{name}” is too large to be a filled-in form.</source>
        <translation>“{name}” es demasiado grande para ser un formulario lleno.</translation>
    </message>
    <message>
        <source>“{name}” is not a Word document (.docx): it has no document text inside.</source>
        <translation>“{name}” no es un documento de Word (.docx): no tiene texto de documento adentro.</translation>
    </message>
    <message>
        <source>“{name}” could not be read; it may be damaged.</source>
        <translation>No se pudo leer “{name}”; puede estar dañado.</translation>
    </message>
    <message>
        <source>after table {tables}</source>
        <translation>después de la tabla {tables}</translation>
    </message>
    <message>
        <source>before table 1</source>
        <translation>antes de la tabla 1</translation>
    </message>
    <message>
        <source>table {number}, row {position}</source>
        <translation>tabla {number}, fila {position}</translation>
    </message>
    <message>
        <source>{rated}, {not_rated}, {problems}</source>
        <translation>{rated}, {not_rated}, {problems}</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) rated</source>
        <translation>
            <numerusform>%n afirmación calificada</numerusform>
            <numerusform>%n afirmaciones calificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not rated</source>
        <translation>
            <numerusform>%n sin calificar</numerusform>
            <numerusform>%n sin calificar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is not a PartnerDesk check-up form: it has no table of statements with a Rating column. Choose the check-up form you sent them, filled in.</source>
        <translation>“{name}” no es un formulario de revisión de la alianza de PartnerDesk: no tiene una tabla de afirmaciones con una columna de calificación. Elija el formulario de revisión que usted les envió, ya lleno.</translation>
    </message>
    <message>
        <source>Table {tables}</source>
        <translation>Tabla {tables}</translation>
    </message>
    <message>
        <source>{where} ({statement})</source>
        <translation>{where} ({statement})</translation>
    </message>
    <message>
        <source>no statement of this check-up reads like it, so its rating was not read</source>
        <translation>ninguna afirmación de esta revisión se le parece, así que no se leyó su calificación</translation>
    </message>
    <message>
        <source>it has no statement beside it, so it was not read</source>
        <translation>no tiene ninguna afirmación al lado, así que no se leyó</translation>
    </message>
    <message>
        <source>this statement is answered already in {first}; only that answer was read</source>
        <translation>esta afirmación ya tiene respuesta en {first}; solo se leyó esa respuesta</translation>
    </message>
    <message>
        <source>{section}, row {position}</source>
        <translation>{section}, fila {position}</translation>
    </message>
    <message>
        <source>{typed} is not a rating from {lowest} to {highest}</source>
        <translation>{typed} no es una calificación de {lowest} a {highest}</translation>
    </message>
    <message>
        <source>{typed} is on another scale; the form asks for a rating from {lowest} to {highest}</source>
        <translation>{typed} está en otra escala; el formulario pide una calificación de {lowest} a {highest}</translation>
    </message>
    <message>
        <source>{typed} is between two ratings; it was read as {score} (ratings are whole numbers, halves are rounded up): check it with them</source>
        <translation>{typed} está entre dos calificaciones; se leyó como {score} (las calificaciones son números enteros y las mitades se redondean hacia arriba): confírmelo con la organización aliada</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation>¿Guardar sus cambios?</translation>
    </message>
    <message>
        <source>You changed “{windowTitle}”. Save what you typed?</source>
        <translation>Usted cambió «{windowTitle}». ¿Quiere guardar lo que escribió?</translation>
    </message>
</context>
<context>
    <name>RecordEditing</name>
    <message>
        <source>Someone else changed this organization</source>
        <translation>Otra persona cambió esta organización</translation>
    </message>
    <message>
        <source>Someone else changed this contact</source>
        <translation>Otra persona cambió este contacto</translation>
    </message>
    <message>
        <source>Someone else changed this note</source>
        <translation>Otra persona cambió esta nota</translation>
    </message>
    <message>
        <source>Someone else changed this request</source>
        <translation>Otra persona cambió esta solicitud</translation>
    </message>
    <message>
        <source>Someone else moved this organization to the Trash</source>
        <translation>Otra persona movió esta organización a la Papelera</translation>
    </message>
    <message>
        <source>Someone else moved this contact to the Trash</source>
        <translation>Otra persona movió este contacto a la Papelera</translation>
    </message>
    <message>
        <source>Someone else moved this note to the Trash</source>
        <translation>Otra persona movió esta nota a la Papelera</translation>
    </message>
    <message>
        <source>Someone else moved this request to the Trash</source>
        <translation>Otra persona movió esta solicitud a la Papelera</translation>
    </message>
    <message>
        <source>Your changes were not saved; the organization stays in the Trash.</source>
        <translation>Sus cambios no se guardaron; la organización queda en la Papelera.</translation>
    </message>
    <message>
        <source>Your changes were not saved; the contact stays in the Trash.</source>
        <translation>Sus cambios no se guardaron; el contacto queda en la Papelera.</translation>
    </message>
    <message>
        <source>Your changes were not saved; the note stays in the Trash.</source>
        <translation>Sus cambios no se guardaron; la nota queda en la Papelera.</translation>
    </message>
    <message>
        <source>Your changes were not saved; the request stays in the Trash.</source>
        <translation>Sus cambios no se guardaron; la solicitud queda en la Papelera.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>Saved {clean_single_line}.</source>
        <translation>Se guardó {clean_single_line}.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>el contacto</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Remove this from the partner history?</source>
        <translation>¿Quitar esto del historial con la organización?</translation>
    </message>
    <message>
        <source>It will no longer appear on the organization&apos;s timeline. This cannot be undone.</source>
        <translation>Ya no aparecerá en la cronología de la organización. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Se quitó.</translation>
    </message>
    <message>
        <source>Partner history saved.</source>
        <translation>Historial con la organización guardado.</translation>
    </message>
    <message>
        <source>Saved the request “{clean_single_line}”.</source>
        <translation>Se guardó la solicitud «{clean_single_line}».</translation>
    </message>
    <message>
        <source>The shared database cannot be reached</source>
        <translation>No se puede conectar con la base de datos compartida</translation>
    </message>
    <message>
        <source>{error}

What you typed is kept: try again now, or go back to the editor and save it later.</source>
        <translation>{error}

Lo que usted escribió se conserva: intente de nuevo ahora, o vuelva al editor y guárdelo más tarde.</translation>
    </message>
    <message>
        <source>Restored from the Trash. {done_message}</source>
        <translation>Se restauró de la Papelera. {done_message}</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Nothing matches</source>
        <translation>No hay coincidencias</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation>Agregar una organización</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Agregar un contacto</translation>
    </message>
    <message>
        <source>Add a partnership request</source>
        <translation>Agregar una solicitud de alianza</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Agregar una nota</translation>
    </message>
    <message>
        <source>Load the sample data</source>
        <translation>Cargar los datos de ejemplo</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Mostrar como lista</translation>
    </message>
    <message>
        <source>Filter organizations…</source>
        <translation>Filtrar organizaciones…</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>Filtrar organizaciones</translation>
    </message>
    <message>
        <source>Number of organizations</source>
        <translation>Número de organizaciones</translation>
    </message>
    <message>
        <source>New organization…</source>
        <translation>Nueva organización…</translation>
    </message>
    <message>
        <source>No organizations match what you chose.</source>
        <translation>Ninguna organización coincide con lo que eligió.</translation>
    </message>
    <message>
        <source>Filter contacts…</source>
        <translation>Filtrar contactos…</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Filtrar contactos</translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation>Número de contactos</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nuevo contacto…</translation>
    </message>
    <message>
        <source>No contacts match what you chose.</source>
        <translation>Ningún contacto coincide con lo que eligió.</translation>
    </message>
    <message>
        <source>Filter requests…</source>
        <translation>Filtrar solicitudes…</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrar solicitudes</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Número de solicitudes</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nueva solicitud…</translation>
    </message>
    <message>
        <source>No requests match what you chose.</source>
        <translation>Ninguna solicitud coincide con lo que eligió.</translation>
    </message>
    <message>
        <source>Filter notes…</source>
        <translation>Filtrar notas…</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filtrar notas</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Número de notas</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Nueva nota…</translation>
    </message>
    <message>
        <source>No notes match what you chose.</source>
        <translation>Ninguna nota coincide con lo que eligió.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>The shared database&apos;s server cannot be reached right now (it may be restarting, or this computer may be off the network), so this was not saved. Try again in a moment.</source>
        <translation>Ahora no hay conexión con el servidor de la base de datos compartida (puede estar reiniciándose, o esta computadora puede estar desconectada de la red), así que esto no se guardó. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>PartnerDesk writes this as a calendar file: please choose a name ending in .ics, not “{name}”.</source>
        <translation>PartnerDesk guarda esto como archivo de calendario: elija un nombre que termine en .ics, no “{name}”.</translation>
    </message>
    <message>
        <source>That part of the team charter does not exist.</source>
        <translation>Esa parte del acuerdo de trabajo del equipo no existe.</translation>
    </message>
    <message>
        <source>That statement is not one of the check-up&apos;s statements.</source>
        <translation>Esa afirmación no es una de las afirmaciones de la revisión de la alianza.</translation>
    </message>
    <message>
        <source>That commitment is no longer there.</source>
        <translation>Ese compromiso ya no existe.</translation>
    </message>
    <message>
        <source>Please say why this commitment is dropped: it is what you will look back at.</source>
        <translation>Indique por qué se descarta este compromiso: es lo que usted consultará más adelante.</translation>
    </message>
    <message>
        <source>PartnerDesk writes this as a Word document: please choose a name ending in .docx, not “{name}”.</source>
        <translation>PartnerDesk guarda esto como documento de Word: elija un nombre que termine en .docx, no “{name}”.</translation>
    </message>
    <message>
        <source>That MOU is no longer there.</source>
        <translation>Ese MOU ya no existe.</translation>
    </message>
    <message>
        <source>Please give a whole number, like 6.</source>
        <translation>Escriba un número entero, como 6.</translation>
    </message>
    <message>
        <source>Please give a number of months between 1 and 999.</source>
        <translation>Escriba un número de meses entre 1 y 999.</translation>
    </message>
    <message>
        <source>Please give a date.</source>
        <translation>Escriba una fecha.</translation>
    </message>
    <message>
        <source>That part of the MOU does not exist.</source>
        <translation>Esa parte del MOU no existe.</translation>
    </message>
    <message>
        <source>Please give the MOU a title.</source>
        <translation>Escriba un título para el MOU.</translation>
    </message>
    <message>
        <source>Only a signed MOU is reviewed. Mark the MOU signed first, then record its reviews.</source>
        <translation>Solo se revisa un MOU firmado. Primero marque el MOU como firmado y luego registre sus revisiones.</translation>
    </message>
    <message>
        <source>The review date, {date}, is still to come. Record the review once it has taken place.</source>
        <translation>La fecha de la revisión, {date}, todavía no llega. Registre la revisión una vez que se haya hecho.</translation>
    </message>
    <message>
        <source>The MOU was signed on {date}: a review of it cannot come before that.</source>
        <translation>El MOU se firmó el {date}: una revisión no puede ser anterior a esa fecha.</translation>
    </message>
    <message>
        <source>Only a signed MOU is reviewed. Mark the MOU signed first.</source>
        <translation>Solo se revisa un MOU firmado. Primero marque el MOU como firmado.</translation>
    </message>
    <message>
        <source>The signing date, {date}, is still to come. Mark the MOU signed once both parties have signed it.</source>
        <translation>La fecha de firma, {date}, todavía no ha llegado. Marque el MOU como firmado cuando ambas partes lo hayan firmado.</translation>
    </message>
    <message>
        <source>The MOU names no parties yet. Name both organizations on its Parties page first.</source>
        <translation>El MOU todavía no nombra a las partes. Primero nombre a ambas organizaciones en su página Partes.</translation>
    </message>
    <message>
        <source>Please say who signed for {name}.</source>
        <translation>Indique quién firmó por {name}.</translation>
    </message>
    <message>
        <source>“{name}” is not a PDF, a scanned image (PNG, JPEG or TIFF) or a Word file (.docx), so it was not kept as the signed copy.</source>
        <translation>“{name}” no es un PDF, una imagen escaneada (PNG, JPEG o TIFF) ni un archivo de Word (.docx), así que no se guardó como la copia firmada.</translation>
    </message>
    <message>
        <source>Version {number} of this MOU is no longer there.</source>
        <translation>La versión {number} de este MOU ya no existe.</translation>
    </message>
    <message>
        <source>The profile has no question “{field_id}”.</source>
        <translation>El perfil no tiene la pregunta “{field_id}”.</translation>
    </message>
    <message>
        <source>The profile has no part “{last_page}”.</source>
        <translation>El perfil no tiene la parte “{last_page}”.</translation>
    </message>
    <message>
        <source>Please write your organization&apos;s name.</source>
        <translation>Escriba el nombre de su organización.</translation>
    </message>
    <message>
        <source>Some of these answers were changed since the form was read. Nothing was read in: read the form again to see them.</source>
        <translation>Algunas de estas respuestas cambiaron desde que se leyó el formulario. No se incorporó nada: lea el formulario otra vez para verlas.</translation>
    </message>
    <message>
        <source>That contact is no longer there.</source>
        <translation>Ese contacto ya no existe.</translation>
    </message>
    <message>
        <source>Please give the contact a name (or at least an email).</source>
        <translation>Escriba un nombre para el contacto (o al menos un correo electrónico).</translation>
    </message>
    <message>
        <source>PartnerDesk cannot read “{text}” as the date of the meeting. Write it as, for example, 2027-03-15 or 15 March 2027.</source>
        <translation>PartnerDesk no puede leer “{text}” como la fecha de la reunión. Escríbala, por ejemplo, como 2027-03-15 o 15 de marzo de 2027.</translation>
    </message>
    <message>
        <source>PartnerDesk cannot read “{text}” as the date the follow-up is due. Write it as, for example, 2027-03-15 or 15 March 2027.</source>
        <translation>PartnerDesk no puede leer “{text}” como la fecha límite del seguimiento. Escríbala, por ejemplo, como 2027-03-15 o 15 de marzo de 2027.</translation>
    </message>
    <message>
        <source>Please write the date of the meeting.</source>
        <translation>Escriba la fecha de la reunión.</translation>
    </message>
    <message>
        <source>Please write what the follow-up is, or leave its date empty.</source>
        <translation>Escriba en qué consiste el seguimiento, o deje vacía su fecha.</translation>
    </message>
    <message>
        <source>That note is no longer there.</source>
        <translation>Esa nota ya no existe.</translation>
    </message>
    <message>
        <source>Please write a subject or a few words about what happened.</source>
        <translation>Por favor, escriba un asunto o unas palabras sobre lo que pasó.</translation>
    </message>
    <message>
        <source>That organization is no longer there.</source>
        <translation>Esa organización ya no existe.</translation>
    </message>
    <message>
        <source>Please give the organization a name.</source>
        <translation>Escriba un nombre para la organización.</translation>
    </message>
    <message>
        <source>Years active should be a number of years, like 12.</source>
        <translation>Los años activos deben ser un número de años, como 12.</translation>
    </message>
    <message>
        <source>That history entry is no longer there.</source>
        <translation>Esa entrada del historial ya no existe.</translation>
    </message>
    <message>
        <source>Please give this part of the history a short title.</source>
        <translation>Escriba un título corto para esta parte del historial.</translation>
    </message>
    <message>
        <source>That request is no longer there.</source>
        <translation>Esa solicitud ya no existe.</translation>
    </message>
    <message>
        <source>Please give the request a short title, e.g. what they ask for.</source>
        <translation>Dele a la solicitud un título corto, por ejemplo, lo que piden.</translation>
    </message>
    <message>
        <source>That request was moved to the Trash by someone else.</source>
        <translation>Otra persona movió esa solicitud a la Papelera.</translation>
    </message>
    <message>
        <source>It is no longer in the Trash: someone emptied it.</source>
        <translation>Ya no está en la Papelera: alguien la vació.</translation>
    </message>
    <message>
        <source>That request is in the Trash.</source>
        <translation>Esa solicitud está en la Papelera.</translation>
    </message>
    <message>
        <source>“{title}” is not a partnership yet: a results report is for a partnership that went ahead (from the kickoff meeting on).</source>
        <translation>“{title}” todavía no es una alianza: un informe de resultados es para una alianza que siguió adelante (desde la reunión de inicio en adelante).</translation>
    </message>
    <message>
        <source>PartnerDesk cannot read “{text}” as the date of the figure for “{goal}”. Write it as, for example, 2027-03-15 or 15 March 2027.</source>
        <translation>PartnerDesk no puede leer “{text}” como la fecha de la cifra de “{goal}”. Escríbala, por ejemplo, como 2027-03-15 o 15 de marzo de 2027.</translation>
    </message>
    <message>
        <source>PartnerDesk can export contacts to .csv or .vcf files, not to {name} (or to a .zip of vCards, one per contact).</source>
        <translation>PartnerDesk puede exportar los contactos a archivos .csv o .vcf, no a {name} (o a un .zip de vCards, una por contacto).</translation>
    </message>
    <message>
        <source>A {label} file is a .csv file: name it so.</source>
        <translation>Un archivo {label} es un archivo .csv: póngale un nombre que termine así.</translation>
    </message>
    <message>
        <source>A vCard file is a .vcf file: name it so.</source>
        <translation>Un archivo vCard es un archivo .vcf: póngale un nombre que termine así.</translation>
    </message>
    <message>
        <source>One vCard per contact is written into a .zip file or a folder: give a name ending in .zip, or a folder&apos;s.</source>
        <translation>Una vCard por contacto se guarda en un archivo .zip o en una carpeta: escriba un nombre que termine en .zip, o el de una carpeta.</translation>
    </message>
    <message>
        <source>{folder} is not an empty folder: choose a new or empty folder for the cards, so no file of yours is replaced.</source>
        <translation>{folder} no es una carpeta vacía: elija una carpeta nueva o vacía para las tarjetas, para que no se reemplace ninguno de sus archivos.</translation>
    </message>
    <message>
        <source>There is no import number {batch_id} to undo.</source>
        <translation>No hay ninguna importación número {batch_id} para deshacer.</translation>
    </message>
    <message>
        <source>The import of {file_name} was already undone ({undone_at:%Y-%m-%d %H:%M} UTC); there is nothing left to undo.</source>
        <translation>La importación de {file_name} ya se deshizo ({undone_at:%Y-%m-%d %H:%M} UTC); no queda nada por deshacer.</translation>
    </message>
    <message>
        <source>That capacity is no longer in the list.</source>
        <translation>Esa capacidad ya no está en la lista.</translation>
    </message>
    <message>
        <source>Add a capacity first: the matrix has no rows.</source>
        <translation>Primero agregue una capacidad: la tabla no tiene filas.</translation>
    </message>
    <message>
        <source>Please give the capacity a name.</source>
        <translation>Escriba un nombre para la capacidad.</translation>
    </message>
    <message>
        <source>“{named}” is already in the list but was retired; bring it back instead.</source>
        <translation>“{named}” ya está en la lista, pero se retiró; recupérela en lugar de agregarla.</translation>
    </message>
    <message>
        <source>“{named}” is already in the list.</source>
        <translation>“{named}” ya está en la lista.</translation>
    </message>
    <message>
        <source>Please write down why you decided this: it is what you and your colleagues will look back at.</source>
        <translation>Anote por qué decidió esto: es lo que usted y sus colegas consultarán más adelante.</translation>
    </message>
    <message>
        <source>Please list the conditions they must meet.</source>
        <translation>Anote las condiciones que deben cumplir, por favor.</translation>
    </message>
    <message>
        <source>Some of these questions are no longer in the question bank: read the form again.</source>
        <translation>Algunas de estas preguntas ya no están en el banco de preguntas: lea el formulario otra vez.</translation>
    </message>
    <message>
        <source>That question is no longer in the question bank.</source>
        <translation>Esa pregunta ya no está en el banco de preguntas.</translation>
    </message>
    <message>
        <source>Please write the question.</source>
        <translation>Escriba la pregunta.</translation>
    </message>
    <message>
        <source>Please choose the topic the question belongs to.</source>
        <translation>Elija el tema al que pertenece la pregunta.</translation>
    </message>
    <message>
        <source>Tick at least one question for the form.</source>
        <translation>Marque al menos una pregunta para el formulario.</translation>
    </message>
    <message>
        <source>Some of these questions are no longer in the question bank. Open the list again and choose once more.</source>
        <translation>Algunas de estas preguntas ya no están en el banco de preguntas. Abra la lista otra vez y vuelva a elegir.</translation>
    </message>
</context>
<context>
    <name>RequestBoard</name>
    <message>
        <source>Drag a card to another column to change its stage, or select it and press Ctrl+→ / Ctrl+←. Enter opens it; the context menu (Shift+F10) moves it anywhere.</source>
        <translation>Arrastre una tarjeta a otra columna para cambiar su etapa, o selecciónela y presione Ctrl+→ / Ctrl+←. Enter la abre; el menú contextual (Shift+F10) la mueve a cualquier etapa.</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n request(s)</source>
        <translation>
            <numerusform>{label}: %n solicitud</numerusform>
            <numerusform>{label}: %n solicitudes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestBoardView</name>
    <message>
        <source>Show as a board</source>
        <translation>Mostrar como tablero</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Edit request</source>
        <translation>Editar solicitud</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Registrar una solicitud</translation>
    </message>
    <message>
        <source>For example: Referrals for food insecurity</source>
        <translation>Por ejemplo: Referidos por inseguridad alimentaria</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Todavía sin elegir</translation>
    </message>
    <message>
        <source>What exactly do they ask of us?</source>
        <translation>¿Qué nos piden exactamente?</translation>
    </message>
    <message>
        <source>The community need they say it meets</source>
        <translation>La necesidad de la comunidad que dicen atender</translation>
    </message>
    <message>
        <source>Grant, budget line, donor…</source>
        <translation>Subvención, partida del presupuesto, donante…</translation>
    </message>
    <message>
        <source>What they say happens when the money stops</source>
        <translation>Lo que dicen que pasará cuando se acabe el dinero</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Todavía no se sabe</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;From (organization):</source>
        <translation>&amp;De (organización):</translation>
    </message>
    <message>
        <source>Who &amp;asked:</source>
        <translation>Quién lo &amp;pidió:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Recibida el:</translation>
    </message>
    <message>
        <source>What they as&amp;k for:</source>
        <translation>&amp;Qué piden:</translation>
    </message>
    <message>
        <source>Stated &amp;purpose:</source>
        <translation>Propósito &amp;indicado:</translation>
    </message>
    <message>
        <source>Community &amp;need:</source>
        <translation>&amp;Necesidad de la comunidad:</translation>
    </message>
    <message>
        <source>F&amp;unding source:</source>
        <translation>&amp;Fuente de financiamiento:</translation>
    </message>
    <message>
        <source>Funding &amp;ends on:</source>
        <translation>El financiamiento ter&amp;mina el:</translation>
    </message>
    <message>
        <source>Plan &amp;when funding ends:</source>
        <translation>P&amp;lan para cuando termine el financiamiento:</translation>
    </message>
    <message>
        <source>Proposed time&amp;frame:</source>
        <translation>Pla&amp;zo propuesto:</translation>
    </message>
    <message>
        <source>Say in decisions they &amp;offer us:</source>
        <translation>Participación en las decisiones que nos &amp;ofrecen:</translation>
    </message>
    <message>
        <source>Say in decisions we &amp;want:</source>
        <translation>Participación en las decisiones que q&amp;ueremos:</translation>
    </message>
    <message>
        <source>Please give the request a short title, e.g. what they ask for.</source>
        <translation>Dele a la solicitud un título corto, por ejemplo, lo que piden.</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>← All requests</source>
        <translation>← Todas las solicitudes</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>E&amp;tapa:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Ed&amp;it details…</source>
        <translation>Ed&amp;itar datos…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Decidir…</translation>
    </message>
    <message>
        <source>Record your decision: proceed, with conditions, pause or decline</source>
        <translation>Registrar su decisión: seguir adelante, con condiciones, hacer una pausa o rechazar</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Save a Word document: the vetting summary, the questions to ask, a kickoff agenda, the team charter, the results report for leaders</source>
        <translation>Guardar un documento de Word: el resumen de la evaluación, las preguntas para hacer, una agenda de la reunión de inicio, el acuerdo de trabajo del equipo, el informe de resultados para la dirección</translation>
    </message>
    <message>
        <source>Vetting summary…</source>
        <translation>Resumen de la evaluación…</translation>
    </message>
    <message>
        <source>Questions to ask at the next meeting…</source>
        <translation>Preguntas para la próxima reunión…</translation>
    </message>
    <message>
        <source>Kickoff meeting…</source>
        <translation>Reunión de inicio…</translation>
    </message>
    <message>
        <source>&amp;Team charter…</source>
        <translation>&amp;Acuerdo de trabajo del equipo…</translation>
    </message>
    <message>
        <source>Results report for leaders…</source>
        <translation>Informe de resultados para la dirección…</translation>
    </message>
    <message>
        <source>Q&amp;uestion form for them</source>
        <translation>&amp;Formulario de preguntas para ellos</translation>
    </message>
    <message>
        <source>A form of your questions for them to fill in, and reading their answers back</source>
        <translation>Un formulario con sus preguntas para que ellos lo llenen, y la lectura de sus respuestas</translation>
    </message>
    <message>
        <source>Questions for the form…</source>
        <translation>Preguntas del formulario…</translation>
    </message>
    <message>
        <source>Save the form to send…</source>
        <translation>Guardar el formulario para enviar…</translation>
    </message>
    <message>
        <source>Read their filled-in form…</source>
        <translation>Leer el formulario lleno…</translation>
    </message>
    <message>
        <source>&amp;MOU…</source>
        <translation>&amp;MOU…</translation>
    </message>
    <message>
        <source>Write the memorandum of understanding for this request</source>
        <translation>Redactar el memorando de entendimiento para esta solicitud</translation>
    </message>
    <message>
        <source>Signed MOU and revie&amp;ws</source>
        <translation>MOU firmado &amp;y revisiones</translation>
    </message>
    <message>
        <source>Mark the MOU as signed, open the signed copy, record a review</source>
        <translation>Marcar el MOU como firmado, abrir la copia firmada, registrar una revisión del MOU</translation>
    </message>
    <message>
        <source>Mark as signed…</source>
        <translation>Marcar como firmado…</translation>
    </message>
    <message>
        <source>Open the signed copy</source>
        <translation>Abrir la copia firmada</translation>
    </message>
    <message>
        <source>Record a review…</source>
        <translation>Registrar una revisión del MOU…</translation>
    </message>
    <message>
        <source>Question ban&amp;k…</source>
        <translation>Banc&amp;o de preguntas…</translation>
    </message>
    <message>
        <source>Add your own questions, change wording, retire questions</source>
        <translation>Agregar sus propias preguntas, cambiar la redacción, retirar preguntas</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Shows or hides the red flags</source>
        <translation>Muestra u oculta las señales de alerta</translation>
    </message>
    <message>
        <source>Readiness by topic</source>
        <translation>Preparación por tema</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&amp;Questions and answers</source>
        <translation>&amp;Preguntas y respuestas</translation>
    </message>
    <message>
        <source>&amp;Capacity matrix</source>
        <translation>Ta&amp;bla de capacidades</translation>
    </message>
    <message>
        <source>Commitments: who does what, b&amp;y when</source>
        <translation>Compromisos: quién &amp;hace qué y para cuándo</translation>
    </message>
    <message>
        <source>Check-ups</source>
        <translation>Revisiones de la alianza</translation>
    </message>
    <message>
        <source>Check-ups (Alt+J)</source>
        <translation>Revisiones de la alianza (Alt+J)</translation>
    </message>
    <message>
        <source>Hide the red flags</source>
        <translation>Ocultar las señales de alerta</translation>
    </message>
    <message>
        <source>Show the red flags</source>
        <translation>Mostrar las señales de alerta</translation>
    </message>
    <message>
        <source>From {organization}</source>
        <translation>De {organization}</translation>
    </message>
    <message>
        <source>received {friendly_date}</source>
        <translation>recibida el {friendly_date}</translation>
    </message>
    <message>
        <source>funding ends {friendly_date}</source>
        <translation>el financiamiento termina el {friendly_date}</translation>
    </message>
    <message numerus="yes">
        <source>{answered} of %n question(s) answered</source>
        <translation>
            <numerusform>{answered} de %n pregunta respondida</numerusform>
            <numerusform>{answered} de %n preguntas respondidas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No decision yet.&lt;/i&gt; Press Decide… when you are ready.</source>
        <translation>&lt;i&gt;Todavía no hay decisión.&lt;/i&gt; Presione Decidir… cuando haya tomado una decisión.</translation>
    </message>
    <message>
        <source> on {friendly_date}</source>
        <translation> el {friendly_date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision: {label}&lt;/b&gt;{when}. {decision_reasons}</source>
        <translation>&lt;b&gt;Decisión: {label}&lt;/b&gt;{when}. {decision_reasons}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Conditions:&lt;/b&gt; {conditions}</source>
        <translation>&lt;br&gt;&lt;b&gt;Condiciones:&lt;/b&gt; {conditions}</translation>
    </message>
    <message>
        <source>Change &amp;decision…</source>
        <translation>Cambiar &amp;decisión…</translation>
    </message>
    <message>
        <source>Red flags ({count})</source>
        <translation>Señales de alerta ({count})</translation>
    </message>
    <message>
        <source>{title} — {value} ({answered} of {total})</source>
        <translation>{title} — {value} ({answered} de {total})</translation>
    </message>
    <message>
        <source> — {answered} of {total} answered</source>
        <translation> — {answered} de {total} respondidas</translation>
    </message>
</context>
<context>
    <name>RequestStage</name>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Getting to know them</source>
        <translation>Conociéndolos</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>En evaluación</translation>
    </message>
    <message>
        <source>Kickoff meeting</source>
        <translation>Reunión de inicio</translation>
    </message>
    <message>
        <source>MOU drafting</source>
        <translation>Redacción del memorando</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>Not a partnership yet</source>
        <translation>Todavía no es una alianza</translation>
    </message>
    <message>
        <source>Someone else changed this results report</source>
        <translation>Otra persona cambió este informe de resultados</translation>
    </message>
    <message>
        <source>Your colleague&apos;s version of the report is shown.</source>
        <translation>Se muestra la versión del informe que guardó la otra persona.</translation>
    </message>
    <message>
        <source>Your results report was not saved</source>
        <translation>No se guardó su informe de resultados</translation>
    </message>
    <message>
        <source>What you typed was:

{typed}</source>
        <translation>Lo que usted escribió fue:

{typed}</translation>
    </message>
    <message>
        <source>Results report saved.</source>
        <translation>Informe de resultados guardado.</translation>
    </message>
    <message>
        <source>Save the results report as a Word document</source>
        <translation>Guardar el informe de resultados como documento de Word</translation>
    </message>
    <message>
        <source>Results report - {file_name_from}.docx</source>
        <translation>Informe de resultados - {file_name_from}.docx</translation>
    </message>
    <message>
        <source>Letterhead not used</source>
        <translation>No se usó el membrete</translation>
    </message>
    <message>
        <source>Saved “{name}” in {folder}.</source>
        <translation>Se guardó «{name}» en {folder}.</translation>
    </message>
    <message>
        <source>Writing the results report…</source>
        <translation>Creando el informe de resultados…</translation>
    </message>
    <message>
        <source>The results report was not saved</source>
        <translation>No se guardó el informe de resultados</translation>
    </message>
</context>
<context>
    <name>ResultsReportDialog</name>
    <message>
        <source>Results report for leaders</source>
        <translation>Informe de resultados para la dirección</translation>
    </message>
    <message>
        <source>A one- or two-page report on “{title}” for the leaders of both organizations. PartnerDesk fills in what the partnership set out to do, the commitments kept and late, and how the check-ups went; add what only you know. What you type is kept when you close this window.</source>
        <translation>Un informe de una o dos páginas sobre «{title}» para la dirección de ambas organizaciones. PartnerDesk completa lo que la alianza se propuso hacer, los compromisos cumplidos y atrasados, y cómo salieron las revisiones; agregue lo que solo usted sabe. Lo que escriba se conserva al cerrar esta ventana.</translation>
    </message>
    <message>
        <source>A short story, or a few words someone said</source>
        <translation>Una historia breve, o unas palabras que alguien dijo</translation>
    </message>
    <message>
        <source>For example: a parent at the Saturday pantry</source>
        <translation>Por ejemplo: una madre en la despensa de los sábados</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Un paso por línea</translation>
    </message>
    <message>
        <source>&amp;Story or quote:</source>
        <translation>&amp;Historia o cita:</translation>
    </message>
    <message>
        <source>&amp;Whose words:</source>
        <translation>&amp;Quién lo dijo:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Próximos pasos:</translation>
    </message>
    <message>
        <source>Measures of success: the MOU&apos;s goals</source>
        <translation>Medidas de éxito: las metas del MOU</translation>
    </message>
    <message>
        <source>Goal {number}: {goal}</source>
        <translation>Meta {number}: {goal}</translation>
    </message>
    <message>
        <source>Reached so far, e.g. 212 families or 78%</source>
        <translation>Logrado hasta ahora; por ejemplo, 212 familias o 78%</translation>
    </message>
    <message>
        <source>date of the figure</source>
        <translation>fecha de la cifra</translation>
    </message>
    <message>
        <source>Reached so far:</source>
        <translation>Logrado hasta ahora:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Fecha de la cifra:</translation>
    </message>
    <message>
        <source>The MOU names no goals yet. Write them on the MOU&apos;s goals page, one per paragraph, and they show here to measure.</source>
        <translation>El MOU todavía no indica ninguna meta. Escríbalas en la página de metas del MOU, una por párrafo, y aparecerán aquí para medirlas.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Guardar el informe…</translation>
    </message>
    <message>
        <source>A Word document on your letterhead</source>
        <translation>Un documento de Word con su membrete</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Record a review</source>
        <translation>Registrar una revisión del MOU</translation>
    </message>
    <message>
        <source> It was due on {document_date}.</source>
        <translation> Debía hacerse el {document_date}.</translation>
    </message>
    <message numerus="yes">
        <source>Record the review of “{title}”.{due} The next review is then set %n month(s) later, as the MOU says.</source>
        <translation>
            <numerusform>Registre la revisión del MOU de «{title}».{due} La próxima revisión se fija entonces %n mes después, como indica el MOU.</numerusform>
            <numerusform>Registre la revisión del MOU de «{title}».{due} La próxima revisión se fija entonces %n meses después, como indica el MOU.</numerusform>
        </translation>
    </message>
    <message>
        <source>review date</source>
        <translation>fecha de la revisión del MOU</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>&amp;Fecha de la revisión:</translation>
    </message>
    <message>
        <source>Who took part, from both organizations</source>
        <translation>Quiénes participaron, de ambas organizaciones</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Quiénes participaron:</translation>
    </message>
    <message>
        <source>What you agreed to change, or “Nothing changed”</source>
        <translation>Lo que acordaron cambiar, o «No cambió nada»</translation>
    </message>
    <message>
        <source>What &amp;changed:</source>
        <translation>Qué &amp;cambió:</translation>
    </message>
    <message>
        <source>The MOU has been changed since it was signed. The review stays open until you mark the amended MOU as signed.</source>
        <translation>El MOU cambió desde que se firmó. La revisión queda abierta hasta que usted marque como firmado el MOU enmendado.</translation>
    </message>
    <message>
        <source>The review date is still to come. Record it once it took place.</source>
        <translation>La fecha de la revisión todavía no llega. Regístrela una vez que se haya hecho.</translation>
    </message>
    <message>
        <source>Please write who took part in the review.</source>
        <translation>Escriba quiénes participaron en la revisión, por favor.</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add an organization</source>
        <translation>Agregar una organización</translation>
    </message>
    <message>
        <source>Add a responsibility</source>
        <translation>Agregar una responsabilidad</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>PartnerDesk already holds records, so the sample data was not loaded, to keep invented records apart from yours. To explore the sample data, open an empty data folder instead.</source>
        <translation>PartnerDesk ya tiene registros, así que no se cargaron los datos de ejemplo, para que los registros inventados no se mezclen con los suyos. Para explorar los datos de ejemplo, abra una carpeta de datos vacía.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search organizations, contacts, notes, requests…</source>
        <translation>Buscar organizaciones, contactos, notas, solicitudes…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Type in the search box above to find organizations, contacts, notes and requests.</source>
        <translation>Escriba en el cuadro de búsqueda de arriba para encontrar organizaciones, contactos, notas y solicitudes.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search: “{query}”</source>
        <translation>Búsqueda: «{query}»</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Check the spelling, or try a shorter word.</source>
        <translation>No se encontró nada para «{query}». Revise la ortografía o pruebe con una palabra más corta.</translation>
    </message>
    <message numerus="yes">
        <source>%n found. Press Enter or double-click a result to open it.</source>
        <translation>
            <numerusform>Se encontró %n resultado. Presione Enter o haga doble clic en él para abrirlo.</numerusform>
            <numerusform>Se encontraron %n resultados. Presione Enter o haga doble clic en un resultado para abrirlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Insert standard wording</source>
        <translation>Insertar texto estándar</translation>
    </message>
    <message>
        <source>Insert standard wording for {label}</source>
        <translation>Insertar texto estándar para {label}</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>the main window did not show</source>
        <translation>la ventana principal no apareció</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>the user guide did not open</source>
        <translation>la guía del usuario no se abrió</translation>
    </message>
    <message>
        <source>create and migrate a new store</source>
        <translation>crea una base de datos nueva y la pone al día</translation>
    </message>
    <message>
        <source>write records</source>
        <translation>guarda registros</translation>
    </message>
    <message>
        <source>read records back</source>
        <translation>vuelve a leer los registros</translation>
    </message>
    <message>
        <source>move to trash and restore</source>
        <translation>mueve a la papelera y restaura</translation>
    </message>
    <message>
        <source>close</source>
        <translation>cierra</translation>
    </message>
    <message>
        <source>reopen and check integrity</source>
        <translation>vuelve a abrir y comprueba que los datos estén íntegros</translation>
    </message>
    <message>
        <source>find the shipped files and read the question bank</source>
        <translation>encuentra los archivos incluidos y lee el banco de preguntas</translation>
    </message>
    <message>
        <source>write the MOU, a vetting summary and a profile in Word</source>
        <translation>crea el MOU, un resumen de la evaluación y un perfil en Word</translation>
    </message>
    <message>
        <source>write an e-mail draft with the MOU attached</source>
        <translation>crea un borrador de correo electrónico con el MOU adjunto</translation>
    </message>
    <message>
        <source>draw the check-up trend chart as a picture</source>
        <translation>dibuja como imagen el gráfico de la evolución de las revisiones de la alianza</translation>
    </message>
    <message>
        <source>load the shared database driver and the password store</source>
        <translation>carga el controlador de la base de datos compartida y el almacén de contraseñas</translation>
    </message>
    <message>
        <source>read a contacts file&apos;s encoding and phone numbers</source>
        <translation>lee la codificación y los números de teléfono de un archivo de contactos</translation>
    </message>
    <message>
        <source>— not installed (optional)</source>
        <translation>— no instalado (opcional)</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseActions</name>
    <message>
        <source>Now: PartnerDesk uses the shared database {address}.</source>
        <translation>Ahora: PartnerDesk usa la base de datos compartida {address}.</translation>
    </message>
    <message>
        <source>Now: PartnerDesk uses a database address given when it was started (on its command line or in {DATABASE_URL_ENV}), which wins over this setting. Start PartnerDesk without it to choose here.</source>
        <translation>Ahora: PartnerDesk usa una dirección de base de datos indicada al iniciarse (en su línea de comandos o en {DATABASE_URL_ENV}), que tiene prioridad sobre esta configuración. Inicie PartnerDesk sin ella para poder elegir aquí.</translation>
    </message>
    <message>
        <source>Now: PartnerDesk is set to use the shared database {address}, but works on the data kept on this computer this time.</source>
        <translation>Ahora: PartnerDesk está configurado para usar la base de datos compartida {address}, pero esta vez trabaja con los datos guardados en esta computadora.</translation>
    </message>
    <message>
        <source>Now: your data is kept on this computer, in {folder}.</source>
        <translation>Ahora: sus datos se guardan en esta computadora, en {folder}.</translation>
    </message>
    <message>
        <source>Please fill in {missing}.</source>
        <translation>Por favor, complete {missing}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Conectando con {host}…</translation>
    </message>
    <message>
        <source>Connecting to the shared database…</source>
        <translation>Conectando con la base de datos compartida…</translation>
    </message>
    <message>
        <source>Use the shared database?</source>
        <translation>¿Usar la base de datos compartida?</translation>
    </message>
    <message>
        <source>PartnerDesk will set up the shared database, copy the data on this computer to it, and reopen with it. The data on this computer stays as it is.</source>
        <translation>PartnerDesk configurará la base de datos compartida, copiará en ella los datos de esta computadora y volverá a abrirse con ella. Los datos de esta computadora quedan como están.</translation>
    </message>
    <message>
        <source>PartnerDesk will set up the shared database if it is new, and reopen with it. The data on this computer stays as it is, and is not copied.</source>
        <translation>PartnerDesk configurará la base de datos compartida si es nueva y volverá a abrirse con ella. Los datos de esta computadora quedan como están y no se copian.</translation>
    </message>
    <message>
        <source>Use the shared database</source>
        <translation>Usar la base de datos compartida</translation>
    </message>
    <message>
        <source> It will ask for the password at each start.</source>
        <translation> Le pedirá la contraseña cada vez que se inicie.</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <source>{describe} PartnerDesk now opens it.{asked}</source>
        <translation>{describe} PartnerDesk ahora la abre.{asked}</translation>
    </message>
    <message>
        <source>Setting up the shared database…</source>
        <translation>Configurando la base de datos compartida…</translation>
    </message>
    <message>
        <source>Use this computer&apos;s data again?</source>
        <translation>¿Volver a usar los datos de esta computadora?</translation>
    </message>
    <message>
        <source>PartnerDesk will reopen with the data kept on this computer. The shared database stays as it is on the server; nothing is copied back.</source>
        <translation>PartnerDesk se volverá a abrir con los datos guardados en esta computadora. La base de datos compartida queda como está en el servidor; no se copia nada de vuelta.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s data</source>
        <translation>Usar los datos de esta computadora</translation>
    </message>
    <message>
        <source>PartnerDesk could not finish that.</source>
        <translation>PartnerDesk no pudo terminar esa acción.</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Use a shared database</source>
        <translation>Usar una base de datos compartida</translation>
    </message>
    <message>
        <source>Where your data is kept now</source>
        <translation>Dónde se guardan sus datos ahora</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>p. ej., db.example.org</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Recordar la contraseña en esta computadora</translation>
    </message>
    <message>
        <source>&amp;Copy the data on this computer to the shared database</source>
        <translation>&amp;Copiar los datos de esta computadora a la base de datos compartida</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Paste the address you were given; it fills in the boxes below.</source>
        <translation>Pegue la dirección que le dieron; con ella se llenan los campos de abajo.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <source>Leave it at 5432 unless you were told otherwise.</source>
        <translation>Déjelo en 5432, a menos que le hayan indicado otro.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Use the &amp;shared database</source>
        <translation>&amp;Usar la base de datos compartida</translation>
    </message>
    <message>
        <source>Use this computer&apos;s data &amp;again</source>
        <translation>&amp;Volver a usar los datos de esta computadora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>kept on this computer</source>
        <translation>guardada en esta computadora</translation>
    </message>
    <message>
        <source>On this computer: {local_records}.</source>
        <translation>En esta computadora: {local_records}.</translation>
    </message>
</context>
<context>
    <name>SharedSetup</name>
    <message>
        <source>Connected. The database is empty: PartnerDesk will set it up.</source>
        <translation>Conectado. La base de datos está vacía: PartnerDesk la preparará.</translation>
    </message>
    <message>
        <source>Connected, but this file is not a PartnerDesk database, so PartnerDesk will not change it. Choose another data folder, or restore one of your backups.</source>
        <translation>Conectado, pero esta no es una base de datos de PartnerDesk, así que PartnerDesk no la cambiará. Elija otra carpeta de datos o restaure una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Connected, but this data was saved by a newer version of PartnerDesk. To keep it safe, this older version will not open it. Please install the latest PartnerDesk and try again.</source>
        <translation>Conectado, pero estos datos se guardaron con una versión más reciente de PartnerDesk. Para protegerlos, esta versión anterior no los abrirá. Instale la versión más reciente de PartnerDesk y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Connected. It holds {summary}. It was set up by an older PartnerDesk and will be brought up to date.</source>
        <translation>Conectado. Tiene {summary}. La preparó una versión anterior de PartnerDesk y se pondrá al día.</translation>
    </message>
    <message>
        <source>Connected. It holds {summary}.</source>
        <translation>Conectado. Tiene {summary}.</translation>
    </message>
    <message>
        <source>Connected. It is set up for PartnerDesk and holds no records yet. It was set up by an older PartnerDesk and will be brought up to date.</source>
        <translation>Conectado. Está preparada para PartnerDesk y todavía no tiene registros. La preparó una versión anterior de PartnerDesk y se pondrá al día.</translation>
    </message>
    <message>
        <source>Connected. It is set up for PartnerDesk and holds no records yet.</source>
        <translation>Conectado. Está preparada para PartnerDesk y todavía no tiene registros.</translation>
    </message>
    <message>
        <source>Copied {summary} to the shared database.</source>
        <translation>Se copiaron a la base de datos compartida: {summary}.</translation>
    </message>
    <message>
        <source>The shared database holds {summary}.</source>
        <translation>La base de datos compartida tiene {summary}.</translation>
    </message>
    <message>
        <source>The shared database is ready.</source>
        <translation>La base de datos compartida está lista.</translation>
    </message>
</context>
<context>
    <name>ShortlistDialog</name>
    <message>
        <source>Questions for the form</source>
        <translation>Preguntas para el formulario</translation>
    </message>
    <message>
        <source>Tick the questions to ask about “{title}” in your next conversation, and on the form you send them. A topic&apos;s box ticks all of its questions. Questions they have answered already say so.</source>
        <translation>Marque las preguntas que quiere hacer sobre «{title}» en su próxima conversación y en el formulario que les envíe. La casilla de un tema marca todas sus preguntas. Las preguntas que ya respondieron lo indican.</translation>
    </message>
    <message>
        <source>Topic: {title}</source>
        <translation>Tema: {title}</translation>
    </message>
    <message>
        <source>(answered) </source>
        <translation>(respondida) </translation>
    </message>
    <message>
        <source>Questions ticked</source>
        <translation>Preguntas marcadas</translation>
    </message>
    <message>
        <source>Only the &amp;hard questions</source>
        <translation>Solo las preguntas &amp;difíciles</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n question(s) ticked.</source>
        <translation>
            <numerusform>{count} de %n pregunta marcada.</numerusform>
            <numerusform>{count} de %n preguntas marcadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one question.</source>
        <translation>Marque al menos una pregunta.</translation>
    </message>
</context>
<context>
    <name>SignMouDialog</name>
    <message>
        <source>Mark the MOU as signed</source>
        <translation>Marcar el MOU como firmado</translation>
    </message>
    <message>
        <source>“{title}” as it is now becomes the signed MOU. Later changes to it are kept as an amendment, to be signed again.</source>
        <translation>«{title}», tal como está ahora, pasa a ser el MOU firmado. Los cambios posteriores se guardan como una enmienda, que se debe firmar de nuevo.</translation>
    </message>
    <message>
        <source>“{title}” was signed on {document_date} and changed since. Mark the amended MOU as signed.</source>
        <translation>«{title}» se firmó el {document_date} y cambió desde entonces. Marque el MOU enmendado como firmado.</translation>
    </message>
    <message>
        <source>signing date</source>
        <translation>fecha de firma</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Firmado &amp;el:</translation>
    </message>
    <message>
        <source>The name of the person who signed</source>
        <translation>El nombre de la persona que firmó</translation>
    </message>
    <message>
        <source>{mnemonic}{value}. Who signed for {name}:</source>
        <translation>{mnemonic}{value}. Quién firmó por {name}:</translation>
    </message>
    <message>
        <source>None chosen (it is optional).</source>
        <translation>Ninguna elegida (es opcional).</translation>
    </message>
    <message>
        <source>Signed copy chosen</source>
        <translation>Copia firmada elegida</translation>
    </message>
    <message>
        <source>&amp;Choose the signed copy…</source>
        <translation>Elegir la &amp;copia firmada…</translation>
    </message>
    <message>
        <source>A PDF, a scan (PNG, JPEG or TIFF) or the Word file that was signed</source>
        <translation>Un PDF, un escaneo (PNG, JPEG o TIFF) o el archivo de Word que se firmó</translation>
    </message>
    <message>
        <source>Signed copy:</source>
        <translation>Copia firmada:</translation>
    </message>
    <message>
        <source>PartnerDesk keeps its own copy in the data folder, so it stays with your records.</source>
        <translation>PartnerDesk guarda su propia copia en la carpeta de datos, para que quede junto con sus registros.</translation>
    </message>
    <message>
        <source>Choose the signed copy</source>
        <translation>Elegir la copia firmada</translation>
    </message>
    <message>
        <source>“{name}”, in {parent}</source>
        <translation>«{name}», en {parent}</translation>
    </message>
    <message>
        <source>The signing date is still to come. Mark the MOU signed once both have signed.</source>
        <translation>La fecha de firma todavía no ha llegado. Marque el MOU como firmado cuando ambas partes hayan firmado.</translation>
    </message>
    <message>
        <source>Please write who signed for {party}.</source>
        <translation>Escriba quién firmó por {party}.</translation>
    </message>
    <message>
        <source>The signed copy must be a PDF, a scan (PNG, JPEG or TIFF) or a .docx.</source>
        <translation>La copia firmada debe ser un PDF, un escaneo (PNG, JPEG o TIFF) o un .docx.</translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <source>No MOU yet</source>
        <translation>Todavía no hay MOU</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Ya está firmado</translation>
    </message>
    <message>
        <source>This MOU was marked as signed on {document_date} and has not changed since. Record another signing of it anyway?</source>
        <translation>Este MOU se marcó como firmado el {document_date} y no ha cambiado desde entonces. ¿Desea registrar otra firma de todos modos?</translation>
    </message>
    <message>
        <source>Record another signing</source>
        <translation>Registrar otra firma</translation>
    </message>
    <message>
        <source>No parties yet</source>
        <translation>Todavía no hay partes</translation>
    </message>
    <message>
        <source>The MOU names no parties yet. Name both organizations and who signs for each on its Parties page, then mark it as signed.</source>
        <translation>El MOU todavía no nombra a las partes. En su página Partes, escriba el nombre de ambas organizaciones y quién firma por cada una; luego márquelo como firmado.</translation>
    </message>
    <message>
        <source>The MOU is marked as signed on {document_date}.</source>
        <translation>El MOU está marcado como firmado el {document_date}.</translation>
    </message>
    <message>
        <source>No signed copy</source>
        <translation>No hay copia firmada</translation>
    </message>
    <message>
        <source>No signed copy of this MOU is kept. Choose one when you mark the MOU as signed (“Mark as signed…”).</source>
        <translation>No se guarda ninguna copia firmada de este MOU. Elija una cuando marque el MOU como firmado («Marcar como firmado…»).</translation>
    </message>
    <message>
        <source>Could not open the signed copy</source>
        <translation>No se pudo abrir la copia firmada</translation>
    </message>
    <message>
        <source>This computer has no program set to open “{name}”. It is kept in {parent}.</source>
        <translation>Esta computadora no tiene ningún programa configurado para abrir «{name}». Está guardado en {parent}.</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Todavía no está firmado</translation>
    </message>
    <message>
        <source>Reviews are for a signed MOU. Once both organizations have signed it, choose “Mark as signed…” first.</source>
        <translation>Las revisiones del MOU se hacen sobre un MOU firmado. Cuando ambas organizaciones lo hayan firmado, elija primero «Marcar como firmado…».</translation>
    </message>
    <message>
        <source>The review is recorded; the next review date has moved on.</source>
        <translation>Se registró la revisión del MOU; la fecha de la próxima revisión se actualizó.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>This data was saved by a newer version of PartnerDesk. To keep it safe, this older version will not open it. Please install the latest PartnerDesk and try again.</source>
        <translation>Estos datos se guardaron con una versión más nueva de PartnerDesk. Para protegerlos, esta versión anterior no los abrirá. Instale la versión más reciente de PartnerDesk e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This file is not a PartnerDesk database, so PartnerDesk will not change it. Choose another data folder, or restore one of your backups.</source>
        <translation>Este archivo no es una base de datos de PartnerDesk, así que PartnerDesk no lo cambiará. Elija otra carpeta de datos, o restaure una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>PartnerDesk&apos;s data file {path} is empty: it holds none of your records, yet there are backups that do. It was probably damaged, so nothing has been changed. Restore your most recent backup (partnerdesk restore FILE, or start PartnerDesk to be offered the newest one).</source>
        <translation>El archivo de datos de PartnerDesk {path} está vacío: no contiene ninguno de sus registros, pero hay copias de seguridad que sí los tienen. Probablemente se dañó, así que no se ha cambiado nada. Restaure su copia de seguridad más reciente (partnerdesk restore ARCHIVO, o inicie PartnerDesk para que se le ofrezca la más nueva).</translation>
    </message>
    <message>
        <source>The file {path} is not a PartnerDesk database (it is not a database at all). Nothing has been changed. Restore a backup, or choose another data folder.</source>
        <translation>El archivo {path} no es una base de datos de PartnerDesk (no es una base de datos en absoluto). No se ha cambiado nada. Restaure una copia de seguridad, o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>PartnerDesk&apos;s data file {path} is a folder, not a file. Nothing has been changed. Move that folder away, or choose another data folder.</source>
        <translation>El archivo de datos de PartnerDesk {path} es una carpeta, no un archivo. No se ha cambiado nada. Mueva esa carpeta a otro lugar, o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>PartnerDesk cannot use the folder {folder}: {strerror}.</source>
        <translation>PartnerDesk no puede usar la carpeta {folder}: {strerror}.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Seguimientos atrasados</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done.</source>
        <translation>Nada atrasado. ¡Buen trabajo!</translation>
    </message>
    <message>
        <source>Coming up in the next two weeks</source>
        <translation>En las próximas dos semanas</translation>
    </message>
    <message>
        <source>No follow-ups due soon.</source>
        <translation>No hay seguimientos pendientes pronto.</translation>
    </message>
    <message>
        <source>Requests waiting for your decision</source>
        <translation>Solicitudes que esperan su decisión</translation>
    </message>
    <message>
        <source>No partnership requests are waiting.</source>
        <translation>No hay solicitudes de alianza en espera.</translation>
    </message>
    <message>
        <source>Agreement (MOU) reviews due in the next month</source>
        <translation>Revisiones del MOU que vencen el próximo mes</translation>
    </message>
    <message>
        <source>No agreement reviews are due.</source>
        <translation>No vence ninguna revisión del MOU.</translation>
    </message>
    <message>
        <source>Late commitments</source>
        <translation>Compromisos atrasados</translation>
    </message>
    <message>
        <source>No commitment is late: every promise is on time.</source>
        <translation>Ningún compromiso está atrasado: todas las promesas van a tiempo.</translation>
    </message>
    <message>
        <source>Commitments due in the next two weeks</source>
        <translation>Compromisos que vencen en las próximas dos semanas</translation>
    </message>
    <message>
        <source>No commitments are due soon.</source>
        <translation>No vence ningún compromiso pronto.</translation>
    </message>
    <message>
        <source>Start a check-up…</source>
        <translation>Comenzar una revisión de la alianza…</translation>
    </message>
    <message>
        <source>Ask both sides how the partnership is going, for the chosen review</source>
        <translation>Preguntar a ambas partes cómo va la alianza, para la revisión del MOU elegida</translation>
    </message>
    <message>
        <source>Space or {DONE_KEY} marks the chosen commitment done</source>
        <translation>Espacio o {DONE_KEY} marca como cumplido el compromiso elegido</translation>
    </message>
    <message>
        <source>Mark done	(Space or {DONE_KEY})</source>
        <translation>Marcar como cumplido	(Espacio o {DONE_KEY})</translation>
    </message>
    <message>
        <source>Welcome to PartnerDesk</source>
        <translation>Le damos la bienvenida a PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk helps you look carefully at partnership requests from hospitals and others, keep track of the people and conversations involved, and write agreements (MOUs) on your own terms. Start by adding an organization you work with, or load the sample data to look around.</source>
        <translation>PartnerDesk le ayuda a revisar con cuidado las solicitudes de alianza de hospitales y otras organizaciones, a llevar el registro de las personas y conversaciones, y a redactar acuerdos (MOU) en sus propios términos. Empiece por agregar una organización con la que trabaja, o cargue los datos de ejemplo para conocer el programa.</translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation>Agregar una organización</translation>
    </message>
    <message>
        <source>Load the sample data</source>
        <translation>Cargar los datos de ejemplo</translation>
    </message>
    <message>
        <source>Today — {date}</source>
        <translation>Hoy — {date}</translation>
    </message>
    <message>
        <source>You have {organizations}, {contacts}, {notes} and {requests}.</source>
        <translation>Tiene {organizations}, {contacts}, {notes} y {requests}.</translation>
    </message>
    <message>
        <source>received {date}</source>
        <translation>recibida el {date}</translation>
    </message>
    <message>
        <source>review {date}</source>
        <translation>revisión el {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Moved {what} to the trash. Press Ctrl+Z to undo.</source>
        <translation>Se movió a la papelera: {what}. Presione Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <source>Restored {what}.</source>
        <translation>Se restauró: {what}.</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>¿Vaciar la papelera?</translation>
    </message>
    <message>
        <source>Everything in the trash will be removed for good. This cannot be undone.</source>
        <translation>Todo lo que está en la papelera se eliminará para siempre. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>&amp;Undo moving {undo_stack} to the trash</source>
        <translation>&amp;Deshacer el envío de {undo_stack} a la papelera</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Deleted records stay here until you restore them or empty the trash. Emptying the trash removes them for good.</source>
        <translation>Los registros eliminados se quedan aquí hasta que usted los restaure o vacíe la papelera. Al vaciar la papelera, se eliminan para siempre.</translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation>&amp;Restaurar lo seleccionado</translation>
    </message>
    <message>
        <source>Em&amp;pty trash…</source>
        <translation>Vaciar la &amp;papelera…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Deleted items</source>
        <translation>Elementos eliminados</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>La papelera está vacía</translation>
    </message>
    <message>
        <source>When you delete something, it waits here first.</source>
        <translation>Cuando usted elimina algo, primero queda aquí.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
</context>
<context>
    <name>ValuesShown</name>
    <message>
        <source>Shown</source>
        <translation>Demostrados</translation>
    </message>
    <message>
        <source>Partly shown</source>
        <translation>Demostrados en parte</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>No demostrados</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No se sabe</translation>
    </message>
</context>
<context>
    <name>VettingActions</name>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>Someone else changed this request</source>
        <translation>Otra persona cambió esta solicitud</translation>
    </message>
    <message>
        <source>Not moved: it stays where your colleague put it.</source>
        <translation>No se movió: queda donde la puso su colega.</translation>
    </message>
    <message>
        <source>Moved to “{label}”.</source>
        <translation>Se movió a «{label}».</translation>
    </message>
    <message>
        <source>Someone else changed this answer</source>
        <translation>Otra persona cambió esta respuesta</translation>
    </message>
    <message>
        <source>Your answer was not saved</source>
        <translation>No se guardó su respuesta</translation>
    </message>
    <message>
        <source>{error}

What you typed was:

{their_answer}</source>
        <translation>{error}

Lo que usted escribió fue:

{their_answer}</translation>
    </message>
    <message>
        <source>

Evidence: {our_evidence}</source>
        <translation>

Evidencia: {our_evidence}</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Respuesta guardada.</translation>
    </message>
    <message>
        <source>Someone else saved this answer first. What you typed was:

</source>
        <translation>Otra persona guardó esta respuesta primero. Lo que usted escribió fue:

</translation>
    </message>
    <message>
        <source>Someone else decided on this request</source>
        <translation>Otra persona ya tomó una decisión sobre esta solicitud</translation>
    </message>
    <message>
        <source>Decision recorded: {label}.</source>
        <translation>Decisión registrada: {label}.</translation>
    </message>
    <message>
        <source>Move the request to “{label}”?</source>
        <translation>¿Mover la solicitud a «{label}»?</translation>
    </message>
    <message>
        <source>You decided to go ahead, and the request is still at “{label}”. Move it on to “{label2}”, the next step?</source>
        <translation>Usted decidió seguir adelante, y la solicitud todavía está en «{label}». ¿La pasa a «{label2}», el siguiente paso?</translation>
    </message>
    <message>
        <source>Move to {label}</source>
        <translation>Mover a {label}</translation>
    </message>
    <message>
        <source>Decision recorded. The request stays at “{label}”: change its stage when you are ready.</source>
        <translation>Decisión registrada. La solicitud se queda en «{label}»: cambie su etapa cuando lo desee.</translation>
    </message>
    <message>
        <source>Vetting summary</source>
        <translation>Resumen de la evaluación</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>Save the vetting summary as a Word document</source>
        <translation>Guardar el resumen de la evaluación como documento de Word</translation>
    </message>
    <message>
        <source>Save the questions to ask as a Word document</source>
        <translation>Guardar las preguntas para hacer como documento de Word</translation>
    </message>
    <message>
        <source>Writing the vetting summary…</source>
        <translation>Creando el resumen de la evaluación…</translation>
    </message>
    <message>
        <source>Writing the questions to ask…</source>
        <translation>Creando las preguntas para hacer…</translation>
    </message>
    <message>
        <source>{what} - {file_name_from}.docx</source>
        <translation>{what} - {file_name_from}.docx</translation>
    </message>
    <message>
        <source>Saved “{name}” in {parent}.</source>
        <translation>Se guardó «{name}» en {parent}.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>no se pudo escribir el archivo</translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation>No se guardó el documento</translation>
    </message>
    <message>
        <source>PartnerDesk could not write {name} in {parent}: {reason}. Choose another folder, or close the file if Word has it open.</source>
        <translation>PartnerDesk no pudo escribir {name} en {parent}: {reason}. Elija otra carpeta o cierre el archivo si está abierto en Word.</translation>
    </message>
    <message>
        <source>Capacity matrix saved.</source>
        <translation>Tabla de capacidades guardada.</translation>
    </message>
    <message>
        <source>There is no organization to choose. Add it under Organizations first.</source>
        <translation>No hay ninguna organización para elegir. Agréguela primero en Organizaciones.</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Agregar un socio</translation>
    </message>
    <message>
        <source>Which other organization takes part?</source>
        <translation>¿Qué otra organización participa?</translation>
    </message>
    <message>
        <source>Partner added.</source>
        <translation>Socio agregado.</translation>
    </message>
    <message>
        <source>Remove this partner?</source>
        <translation>¿Quitar este socio?</translation>
    </message>
    <message>
        <source>Remove {name} from this request&apos;s capacity matrix, with what was recorded for them?</source>
        <translation>¿Quitar a {name} de la tabla de capacidades de esta solicitud, junto con lo que se registró sobre esa organización?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removed {name} from the matrix.</source>
        <translation>Se quitó a {name} de la tabla.</translation>
    </message>
    <message>
        <source>Our organization</source>
        <translation>Nuestra organización</translation>
    </message>
    <message>
        <source>Which of these organizations is yours?</source>
        <translation>¿Cuál de estas organizaciones es la suya?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Reset the question bank?</source>
        <translation>¿Restablecer el banco de preguntas?</translation>
    </message>
    <message>
        <source>Every shipped question comes back with its original wording, and your own questions are retired (answers to them are kept, and you can bring them back).</source>
        <translation>Todas las preguntas que vienen con PartnerDesk vuelven a su texto original, y sus propias preguntas se retiran (las respuestas a ellas se conservan, y usted puede volver a usarlas).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {APP_NAME}</source>
        <translation>Le damos la bienvenida a {APP_NAME}</translation>
    </message>
    <message>
        <source>{APP_NAME} logo</source>
        <translation>Logotipo de {APP_NAME}</translation>
    </message>
    <message>
        <source>Set it up &amp;now</source>
        <translation>Configurarlo &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Your organization&apos;s profile</source>
        <translation>El perfil de su organización</translation>
    </message>
    <message>
        <source>Load the &amp;sample data to look around</source>
        <translation>Cargar los datos de &amp;ejemplo para explorar</translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation>Explorar primero</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in {data_place}. PartnerDesk never sends anything over the internet. Settings → Where is my data? shows every file.</source>
        <translation>Todo queda en esta computadora, en {data_place}. PartnerDesk nunca envía nada por internet. Configuración → ¿Dónde están mis datos? muestra cada archivo.</translation>
    </message>
    <message>
        <source>Your data is kept in a shared database that your organization set up.</source>
        <translation>Sus datos se guardan en una base de datos compartida que configuró su organización.</translation>
    </message>
    <message>
        <source>Your data and its backups</source>
        <translation>Sus datos y sus copias de seguridad</translation>
    </message>
</context>
<context>
    <name>_DelayedProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>_ListDialog</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>_NamedCellEditing</name>
    <message>
        <source>{column}, row {value}</source>
        <translation>{column}, fila {value}</translation>
    </message>
</context>
<context>
    <name>_PartPage</name>
    <message>
        <source>“{prompt}”</source>
        <translation>«{prompt}»</translation>
    </message>
</context>
<context>
    <name>_ProfileEditing</name>
    <message>
        <source>PartnerDesk could not save this.</source>
        <translation>PartnerDesk no pudo guardar esto.</translation>
    </message>
    <message>
        <source>Someone else changed this profile</source>
        <translation>Otra persona cambió este perfil</translation>
    </message>
    <message>
        <source>This profile is not saved yet</source>
        <translation>Este perfil todavía no está guardado</translation>
    </message>
    <message>
        <source>Not saved: {problem}

If you close it now, what you typed since the last save is lost. Keep it open to have it saved as soon as the server is back.</source>
        <translation>No se guardó: {problem}

Si lo cierra ahora, se perderá lo que escribió desde la última vez que se guardó. Déjelo abierto para que se guarde en cuanto el servidor vuelva a funcionar.</translation>
    </message>
</context>
<context>
    <name>answer_editor</name>
    <message>
        <source>Not rated yet</source>
        <translation>Sin calificar todavía</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>{APP_NAME} ran into an unexpected problem. Everything you had saved is safe. If it happens again, copy the details and send them to whoever helps you with PartnerDesk.</source>
        <translation>{APP_NAME} tuvo un problema inesperado. Todo lo que había guardado está a salvo. Si vuelve a pasar, copie los detalles y envíelos a la persona que le ayuda con PartnerDesk.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra este mensaje de ayuda y termina</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor no válido (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de los argumentos %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>backup_contents</name>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backups_dialog</name>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>When PartnerDesk closed</source>
        <translation>Al cerrar PartnerDesk</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por usted</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Damaged file set aside</source>
        <translation>Archivo dañado apartado</translation>
    </message>
    <message>
        <source>{value:.1f} MB</source>
        <translation>{value:.1f} MB</translation>
    </message>
    <message>
        <source>{value:.0f} kB</source>
        <translation>{value:.0f} kB</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
</context>
<context>
    <name>calendar_actions</name>
    <message numerus="yes">
        <source>Saved %n date(s) in “{name}”: open it with your calendar program. Importing it again later updates the same events.</source>
        <translation>
            <numerusform>Se guardó %n fecha en «{name}»: ábralo con su programa de calendario. Si lo vuelve a importar más adelante, se actualizan los mismos eventos.</numerusform>
            <numerusform>Se guardaron %n fechas en «{name}»: ábralo con su programa de calendario. Si lo vuelve a importar más adelante, se actualizan los mismos eventos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capacity_grid</name>
    <message>
        <source>Us</source>
        <translation>Nosotros</translation>
    </message>
    <message>
        <source>Asking</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Other partner</source>
        <translation>Otra organización aliada</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Tiene</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
</context>
<context>
    <name>charter_commands</name>
    <message>
        <source>There is no request {}. `partnerdesk list requests` shows each request&apos;s number.</source>
        <translation>No existe la solicitud {}. `partnerdesk list requests` muestra el número de cada solicitud.</translation>
    </message>
</context>
<context>
    <name>checkup_form_commands</name>
    <message>
        <source>There is no request {}. `partnerdesk list requests` shows each request&apos;s number.</source>
        <translation>No existe la solicitud {}. `partnerdesk list requests` muestra el número de cada solicitud.</translation>
    </message>
</context>
<context>
    <name>commitment_list</name>
    <message>
        <source>Dropped: {drop_reason}</source>
        <translation>Descartado: {drop_reason}</translation>
    </message>
</context>
<context>
    <name>commitments</name>
    <message>
        <source>removed from the MOU</source>
        <translation>se quitó del MOU</translation>
    </message>
    <message>
        <source>no longer a condition of the decision</source>
        <translation>ya no es una condición de la decisión</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>Ambas organizaciones</translation>
    </message>
</context>
<context>
    <name>contact_transfer</name>
    <message>
        <source>Contact files (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Archivos de contactos (*.csv *.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n contacto a {path}.</numerusform>
            <numerusform>Se exportaron %n contactos a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>vCards in a .zip (*.zip)</source>
        <translation>vCards en un .zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>copy_counts</name>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organización</numerusform>
            <numerusform>%Ln organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln MOU(s)</source>
        <translation>
            <numerusform>%Ln MOU</numerusform>
            <numerusform>%Ln MOU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s)</source>
        <translation>
            <numerusform>%Ln perfil</numerusform>
            <numerusform>%Ln perfiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner history entry(s)</source>
        <translation>
            <numerusform>%Ln entrada del historial con la organización</numerusform>
            <numerusform>%Ln entradas del historial con la organización</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>data_safety</name>
    <message>
        <source>PartnerDesk archive (*.zip)</source>
        <translation>Archivo comprimido de PartnerDesk (*.zip)</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>Could not read “{text}” as a date. Write it like {example}.</source>
        <translation>No se pudo leer «{text}» como fecha. Escríbala así: {example}.</translation>
    </message>
</context>
<context>
    <name>decision_dialog</name>
    <message>
        <source>&amp;Proceed — we go ahead as proposed.</source>
        <translation>&amp;Seguir adelante — avanzamos según lo propuesto.</translation>
    </message>
    <message>
        <source>Proceed with &amp;conditions — only if they agree to ours.</source>
        <translation>Seguir adelante con &amp;condiciones — solo si aceptan las nuestras.</translation>
    </message>
    <message>
        <source>P&amp;ause — not now; we may come back to it.</source>
        <translation>&amp;Hacer una pausa — ahora no; tal vez lo retomemos.</translation>
    </message>
    <message>
        <source>&amp;Decline — we say no. The request moves to “Declined”.</source>
        <translation>&amp;Rechazar — decimos que no. La solicitud pasa a «Rechazada».</translation>
    </message>
</context>
<context>
    <name>email_draft_dialog</name>
    <message>
        <source>&lt;b&gt;On a Mac, Mail opens e-mail files read-only&lt;/b&gt;: you could read the draft but not send it. So start with “Open a new e-mail without the attachment”: Mail opens a new e-mail, and PartnerDesk shows the document in its folder for you to drag in. With another mail program, such as Outlook, “Open in my mail program” may give you the draft with the document already attached.</source>
        <translation>&lt;b&gt;En una Mac, Mail abre los archivos de correo electrónico solo para lectura&lt;/b&gt;: podría leer el borrador, pero no enviarlo. Por eso, empiece con «Abrir un correo nuevo sin el adjunto»: Mail abre un correo nuevo y PartnerDesk le muestra el documento en su carpeta para que usted lo arrastre al correo. Con otro programa de correo, como Outlook, «Abrir en mi programa de correo» puede darle el borrador con el documento ya adjunto.</translation>
    </message>
    <message>
        <source>key leader</source>
        <translation>líder clave</translation>
    </message>
    <message>
        <source>decides</source>
        <comment>a person who makes the decisions</comment>
        <translation>toma decisiones</translation>
    </message>
</context>
<context>
    <name>form_actions</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) picked for the form.</source>
        <translation>
            <numerusform>Se eligió %n pregunta para el formulario.</numerusform>
            <numerusform>Se eligieron %n preguntas para el formulario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved “{name}” in {parent} (%n question(s)).</source>
        <translation>
            <numerusform>Se guardó «{name}» en {parent} (%n pregunta).</numerusform>
            <numerusform>Se guardó «{name}» en {parent} (%n preguntas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) read in from “{name}”.</source>
        <translation>
            <numerusform>Se incorporó %n respuesta de «{name}».</numerusform>
            <numerusform>Se incorporaron %n respuestas de «{name}».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>form_commands</name>
    <message>
        <source>There is no request {}. `partnerdesk list requests` shows each request&apos;s number.</source>
        <translation>No existe la solicitud {}. `partnerdesk list requests` muestra el número de cada solicitud.</translation>
    </message>
    <message>
        <source>There is no organization {}. `partnerdesk list organizations` shows each organization&apos;s number.</source>
        <translation>No existe la organización {}. `partnerdesk list organizations` muestra el número de cada organización.</translation>
    </message>
    <message>
        <source>
forms filled in and sent back (Word):
  partnerdesk import answers REQUEST_ID FILE.docx [--dry-run]
      their answers into the request&apos;s questions (&quot;Their answer&quot; only)
  partnerdesk import profile ORGANIZATION_ID FILE.docx [--dry-run]
      their filled-in profile form into the organization&apos;s profile
  Each prints &quot;N answers read: A new, C changed, U unmatched&quot;, then each row it could
  not match. Answers that differ from yours are taken as theirs, unless --dry-run.</source>
        <translation>
formularios llenos y devueltos (Word):
  partnerdesk import answers REQUEST_ID FILE.docx [--dry-run]
      pasa sus respuestas a las preguntas de la solicitud (solo a &quot;Respuesta del socio&quot;)
  partnerdesk import profile ORGANIZATION_ID FILE.docx [--dry-run]
      pasa su formulario de perfil lleno al perfil de la organización
  Cada uno imprime &quot;N answers read: A new, C changed, U unmatched&quot; y luego cada fila que
  no pudo relacionar. Las respuestas que difieren de las de usted se guardan como respuestas del socio, salvo con --dry-run.</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>{answers}: {new}, {changed}, {unmatched}</source>
        <translation>{answers}: {new}, {changed}, {unmatched}</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) read</source>
        <translation>
            <numerusform>%n respuesta leída</numerusform>
            <numerusform>%n respuestas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiada</numerusform>
            <numerusform>%n cambiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched</source>
        <translation>
            <numerusform>%n sin correspondencia</numerusform>
            <numerusform>%n sin correspondencia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>help_actions</name>
    <message>
        <source>&lt;h2&gt;{APP_NAME} {__version__}&lt;/h2&gt;&lt;p&gt;PartnerDesk helps community-based organizations vet the partnership requests they receive, keep their partners&apos; history, and agree to partnerships on their own terms.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later ({LICENCE}): you may use, share and change it. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{APP_NAME} {__version__}&lt;/h2&gt;&lt;p&gt;PartnerDesk ayuda a las organizaciones comunitarias a evaluar las solicitudes de alianza que reciben, guardar el historial con sus organizaciones aliadas y acordar alianzas en sus propios términos.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU (GNU General Public License), versión 3 o posterior ({LICENCE}): usted puede usarlo, compartirlo y modificarlo. No tiene ninguna garantía.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>import_dialogs</name>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Cargo o función</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Birthday (not kept)</source>
        <translation>Cumpleaños (no se guarda)</translation>
    </message>
    <message>
        <source>Key leader (yes/no)</source>
        <translation>Líder clave (sí/no)</translation>
    </message>
    <message>
        <source>Makes decisions (yes/no)</source>
        <translation>Toma decisiones (sí/no)</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Merge with the existing contact</source>
        <translation>Combinar con el contacto existente</translation>
    </message>
    <message>
        <source>Add as a new contact</source>
        <translation>Agregar como contacto nuevo</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Organización nueva</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Contacto nuevo</translation>
    </message>
    <message>
        <source>Will merge with {target_name}</source>
        <translation>Se combinará con {target_name}</translation>
    </message>
    <message>
        <source>Will merge</source>
        <translation>Se combinará</translation>
    </message>
    <message>
        <source>Possible duplicate of {target_name}</source>
        <translation>Posible duplicado de {target_name}</translation>
    </message>
    <message>
        <source>Left out: {reason}</source>
        <translation>Omitido: {reason}</translation>
    </message>
</context>
<context>
    <name>import_export</name>
    <message>
        <source>PartnerDesk&apos;s own CSV (the default for .csv)</source>
        <translation>el CSV propio de PartnerDesk (el predeterminado para .csv)</translation>
    </message>
    <message>
        <source>the CSV Google Contacts imports</source>
        <translation>el CSV que importa Google Contacts</translation>
    </message>
    <message>
        <source>the CSV Outlook and Outlook.com import</source>
        <translation>el CSV que importan Outlook y Outlook.com</translation>
    </message>
    <message>
        <source>one vCard file (Google, Apple, Thunderbird)</source>
        <translation>un archivo vCard (Google, Apple, Thunderbird)</translation>
    </message>
    <message>
        <source>one vCard per contact, into FILE.zip or a folder (for Outlook)</source>
        <translation>un vCard por contacto, en FILE.zip o en una carpeta (para Outlook)</translation>
    </message>
</context>
<context>
    <name>kickoff_commands</name>
    <message>
        <source>There is no request {}. `partnerdesk list requests` shows each request&apos;s number.</source>
        <translation>No existe la solicitud {}. `partnerdesk list requests` muestra el número de cada solicitud.</translation>
    </message>
    <message>
        <source>Wrote the kickoff agenda for request {number} to {file}: join a meeting they already hold</source>
        <translation>Se guardó la agenda de la reunión de inicio de la solicitud {number} en {file}: sumarnos a una reunión que ellos ya tienen</translation>
    </message>
    <message>
        <source>Wrote the kickoff agenda for request {number} to {file}: invite them to one of our meetings</source>
        <translation>Se guardó la agenda de la reunión de inicio de la solicitud {number} en {file}: invitarlos a una de nuestras reuniones</translation>
    </message>
    <message>
        <source>Wrote the kickoff agenda for request {number} to {file}: host a new meeting</source>
        <translation>Se guardó la agenda de la reunión de inicio de la solicitud {number} en {file}: organizar una reunión nueva</translation>
    </message>
    <message>
        <source>Wrote the kickoff agenda for request {number} to {file}: a longer retreat (“synergy meeting”)</source>
        <translation>Se guardó la agenda de la reunión de inicio de la solicitud {number} en {file}: un encuentro más largo («reunión de sinergia»)</translation>
    </message>
</context>
<context>
    <name>list_narrowing</name>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
</context>
<context>
    <name>listing</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>Due {date} (overdue)</source>
        <translation>Vencía el {date} (atrasado)</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Vence el {date}</translation>
    </message>
</context>
<context>
    <name>main_menus</name>
    <message>
        <source>Load &amp;sample data…</source>
        <translation>Cargar datos de e&amp;jemplo…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Nueva organización…</translation>
    </message>
    <message>
        <source>Our organization&apos;s &amp;profile…</source>
        <translation>&amp;Perfil de nuestra organización…</translation>
    </message>
    <message>
        <source>New &amp;MOU from scratch…</source>
        <translation>Nuevo &amp;MOU desde cero…</translation>
    </message>
    <message>
        <source>Blank pro&amp;file form for an organization…</source>
        <translation>Formulario de perfil en &amp;blanco para una organización…</translation>
    </message>
    <message>
        <source>Read a filled-in profile f&amp;orm…</source>
        <translation>&amp;Leer un formulario de perfil lleno…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exportar contactos…</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Exportar &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Backups and &amp;restore…</source>
        <translation>Copias de seguridad y &amp;restauración…</translation>
    </message>
    <message>
        <source>Export &amp;everything…</source>
        <translation>Exportar &amp;todo…</translation>
    </message>
    <message>
        <source>Import e&amp;verything…</source>
        <translation>Importar to&amp;do…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Undo an &amp;import…</source>
        <translation>Deshacer una &amp;importación…</translation>
    </message>
    <message>
        <source>&amp;Move to trash</source>
        <translation>&amp;Mover a la papelera</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation>¿&amp;Dónde están mis datos?</translation>
    </message>
    <message>
        <source>&amp;Backup folder…</source>
        <translation>Carpeta de &amp;copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Letterhead for Word documents…</source>
        <translation>&amp;Membrete para documentos de Word…</translation>
    </message>
    <message>
        <source>La&amp;nguage…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>Use a &amp;shared database…</source>
        <translation>&amp;Usar una base de datos compartida…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenida…</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;Acerca de {APP_NAME}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation>Más herramientas</translation>
    </message>
</context>
<context>
    <name>mou_actions</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mou_editing</name>
    <message>
        <source>Saving as soon as PartnerDesk can write to its data file…</source>
        <translation>Se guardará en cuanto PartnerDesk pueda escribir en su archivo de datos…</translation>
    </message>
    <message>
        <source>Not saved: PartnerDesk could not save this. Change something to try again.</source>
        <translation>No se guardó: PartnerDesk no pudo guardar esto. Cambie algo para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Not saved yet: the shared database&apos;s server cannot be reached right now. What you typed stays here; it is saved as soon as the server is back.</source>
        <translation>Todavía no se guardó: ahora no hay conexión con el servidor de la base de datos compartida. Lo que escribió se queda aquí; se guardará en cuanto el servidor vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>mou_fields</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Signs for it</source>
        <translation>Firma en su nombre</translation>
    </message>
    <message>
        <source>Their title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsabilidad</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>mou_versions_dialog</name>
    <message>
        <source>{title} — added</source>
        <translation>{title} — se agregó</translation>
    </message>
    <message>
        <source>{title} — removed</source>
        <translation>{title} — se quitó</translation>
    </message>
    <message>
        <source>{title} — changed</source>
        <translation>{title} — cambió</translation>
    </message>
    <message>
        <source>{title} — unchanged</source>
        <translation>{title} — sin cambios</translation>
    </message>
    <message>
        <source>&lt;p&gt;No differences: the two are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay diferencias: las dos son iguales.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unchanged: {join}.</source>
        <translation>Sin cambios: {join}.</translation>
    </message>
    <message>
        <source>Version {number} — {friendly_date}</source>
        <translation>Versión {number} — {friendly_date}</translation>
    </message>
    <message>
        <source> — the signed MOU (signed {friendly_date})</source>
        <translation> — el MOU firmado (firmado el {friendly_date})</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Nothing was changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message>
        <source>That could not be shown</source>
        <translation>No se pudo mostrar eso</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>PartnerDesk could not finish that. Nothing was changed.</source>
        <translation>PartnerDesk no pudo terminar esa acción. No se cambió nada.</translation>
    </message>
    <message>
        <source>PartnerDesk could not show that. Nothing was changed.</source>
        <translation>PartnerDesk no pudo mostrar eso. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>organization_page</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Nothing here yet. Add a note after your next call or meeting.</source>
        <translation>Todavía no hay nada aquí. Agregue una nota después de su próxima llamada o reunión.</translation>
    </message>
    <message>
        <source>
They have not acknowledged this harm.</source>
        <translation>
No han reconocido este daño.</translation>
    </message>
    <message>
        <source>key leader</source>
        <translation>líder clave</translation>
    </message>
    <message>
        <source>decides</source>
        <comment>a person who makes the decisions</comment>
        <translation>toma decisiones</translation>
    </message>
    <message>
        <source> (former)</source>
        <translation> (anterior)</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Values statement</source>
        <translation>Declaración de valores</translation>
    </message>
    <message>
        <source>How they have shown their values</source>
        <translation>Cómo han demostrado sus valores</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Área de servicio</translation>
    </message>
    <message>
        <source>Years active in our community</source>
        <translation>Años de actividad en nuestra comunidad</translation>
    </message>
    <message>
        <source>First contact with us</source>
        <translation>Primer contacto con nosotros</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not written yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;Todavía sin escribir&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{people}, %n key leader(s)</source>
        <translation>
            <numerusform>{people}, %n líder clave</numerusform>
            <numerusform>{people}, %n líderes clave</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>our_organization_dialog</name>
    <message>
        <source>A 501(c)(3) nonprofit, or receives public funds</source>
        <translation>Organización sin fines de lucro 501(c)(3), o recibe fondos públicos</translation>
    </message>
    <message>
        <source>Such organizations cannot take part in lobbying: letter or phone campaigns, petition drives, taking a position on a specific bill or ordinance, endorsing or opposing a candidate, or urging officials to vote. PartnerDesk then warns when an MOU lists any of these. Education on public policy is allowed.</source>
        <translation>Estas organizaciones no pueden hacer cabildeo: campañas de cartas o llamadas, recolección de firmas, tomar posición sobre un proyecto de ley u ordenanza específico, apoyar u oponerse a una candidatura, o pedir a funcionarios que voten de cierta manera. Entonces PartnerDesk le avisa cuando un MOU incluye alguna de estas actividades. La educación sobre políticas públicas sí está permitida.</translation>
    </message>
</context>
<context>
    <name>page_saving</name>
    <message>
        <source>All changes are saved.</source>
        <translation>Todos los cambios están guardados.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this page meanwhile. Change something on it, or close, to choose whose words to keep.</source>
        <translation>No se guardó: otra persona cambió esta página mientras tanto. Cambie algo en ella, o ciérrela, para elegir qué versión conservar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>profile_actions</name>
    <message>
        <source>PartnerDesk could not write to its data file just now. Keep typing, or change page, to try again.</source>
        <translation>PartnerDesk no pudo escribir en su archivo de datos en este momento. Siga escribiendo, o cambie de página, para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>the shared database&apos;s server cannot be reached right now. What you typed stays here; it is saved as soon as the server is back.</source>
        <translation>no se puede conectar con el servidor de la base de datos compartida en este momento. Lo que escribió se queda aquí; se guardará en cuanto el servidor vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>someone else changed this answer since you opened the profile. Type in the box again to be asked what to keep.</source>
        <translation>otra persona cambió esta respuesta desde que usted abrió el perfil. Vuelva a escribir en la casilla para que se le pregunte qué conservar.</translation>
    </message>
</context>
<context>
    <name>profile_wizard</name>
    <message>
        <source>Everything you type is saved as you go.</source>
        <translation>Todo lo que escribe se guarda sobre la marcha.</translation>
    </message>
    <message>
        <source>Beside each box is the question the partnership toolkit asks.</source>
        <translation>Junto a cada casilla está la pregunta que hace la guía de herramientas para alianzas.</translation>
    </message>
    <message>
        <source>Your own organization&apos;s profile. Share it with a possible partner before you first meet, and ask them for theirs. {beside}</source>
        <translation>El perfil de su propia organización. Compártalo con una posible organización aliada antes de la primera reunión, y pídale el suyo. {beside}</translation>
    </message>
    <message>
        <source>What {organization_name} has told you about itself, in your words or theirs. You can also ask them to fill in a profile of their own. {beside}</source>
        <translation>Lo que {organization_name} le ha contado sobre sí misma, con palabras de usted o de la organización. También puede pedirles que llenen su propio perfil. {beside}</translation>
    </message>
</context>
<context>
    <name>record_editing</name>
    <message>
        <source>• {capitalize}: theirs “{theirs}”, yours “{mine}”</source>
        <translation>• {capitalize}: la otra persona puso «{theirs}», usted puso «{mine}»</translation>
    </message>
    <message>
        <source>…and {hidden} more.</source>
        <translation>…y {hidden} más.</translation>
    </message>
</context>
<context>
    <name>record_list_page</name>
    <message>
        <source>No organizations yet</source>
        <translation>Todavía no hay organizaciones</translation>
    </message>
    <message>
        <source>Add the organizations you work with — hospitals, health departments, fellow community groups — or load the sample data to look around.</source>
        <translation>Agregue las organizaciones con las que trabaja —hospitales, departamentos de salud, otros grupos comunitarios— o cargue los datos de ejemplo para conocer el programa.</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Todavía no hay contactos</translation>
    </message>
    <message>
        <source>Contacts are the people you deal with at each organization, including their key leaders. Load the sample data to see how they appear here.</source>
        <translation>Los contactos son las personas con quienes usted trata en cada organización, incluidos sus líderes clave. Cargue los datos de ejemplo para ver cómo aparecen aquí.</translation>
    </message>
    <message>
        <source>No partnership requests yet</source>
        <translation>Todavía no hay solicitudes de alianza</translation>
    </message>
    <message>
        <source>Partnership requests are the asks you receive, for example from a hospital. Each one is vetted here on your own terms. Load the sample data to see one.</source>
        <translation>Las solicitudes de alianza son los pedidos que usted recibe, por ejemplo, de un hospital. Aquí evalúa cada una en sus propios términos. Cargue los datos de ejemplo para ver una.</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Todavía no hay notas</translation>
    </message>
    <message>
        <source>Notes record calls, meetings, emails and visits, and any follow-ups. Load the sample data to see some.</source>
        <translation>Las notas registran llamadas, reuniones, correos electrónicos y visitas, y cualquier seguimiento. Cargue los datos de ejemplo para ver algunas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organización</numerusform>
            <numerusform>%Ln organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>request_board</name>
    <message>
        <source>received {friendly_date}</source>
        <translation>recibida el {friendly_date}</translation>
    </message>
    <message>
        <source>funding ends {friendly_date}</source>
        <translation>el financiamiento termina el {friendly_date}</translation>
    </message>
    <message>
        <source>decided: {lower}</source>
        <translation>decisión: {lower}</translation>
    </message>
</context>
<context>
    <name>request_dialog</name>
    <message>
        <source>Inform: they tell you. Consult: they ask your opinion, then decide. Involve: your concerns shape the options. Collaborate: you decide together. Empower: you decide.</source>
        <translation>Informar: ellos le informan. Consultar: le piden su opinión y luego deciden. Involucrar: sus inquietudes dan forma a las opciones. Colaborar: deciden en conjunto. Empoderar: usted decide.</translation>
    </message>
</context>
<context>
    <name>results_commands</name>
    <message>
        <source>There is no request {}. `partnerdesk list partnerships` shows each partnership.</source>
        <translation>No existe la solicitud {}. `partnerdesk list partnerships` muestra cada alianza.</translation>
    </message>
</context>
<context>
    <name>shared_database</name>
    <message>
        <source>the server name</source>
        <translation>el nombre del servidor</translation>
    </message>
    <message>
        <source>the database name</source>
        <translation>el nombre de la base de datos</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>el nombre de usuario</translation>
    </message>
</context>
<context>
    <name>shared_database_actions</name>
    <message>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <source>Copied; preparing the search…</source>
        <translation>Copiado; preparando la búsqueda…</translation>
    </message>
</context>
<context>
    <name>shared_database_dialog</name>
    <message>
        <source>Several staff can work on the same partners when PartnerDesk keeps its data on a PostgreSQL database server your organization runs. Ask whoever set up the server for these details.</source>
        <translation>Varias personas del personal pueden trabajar con las mismas organizaciones aliadas cuando PartnerDesk guarda sus datos en un servidor de base de datos PostgreSQL que administra su organización. Pida estos datos a la persona que configuró el servidor.</translation>
    </message>
    <message>
        <source>Backups: a shared database is backed up by the server&apos;s own backups. PartnerDesk&apos;s backups, restore and “Export everything” cover the data kept on this computer only.</source>
        <translation>Copias de seguridad: una base de datos compartida queda protegida por las copias de seguridad del propio servidor. Las copias de seguridad, la restauración y «Exportar todo» de PartnerDesk cubren solo los datos guardados en esta computadora.</translation>
    </message>
    <message>
        <source>This computer has no password store PartnerDesk can use, so the password is not kept: PartnerDesk will ask for it each time it starts.</source>
        <translation>Esta computadora no tiene un almacén de contraseñas que PartnerDesk pueda usar, así que la contraseña no se guarda: PartnerDesk se la pedirá cada vez que se abra.</translation>
    </message>
</context>
<context>
    <name>signing_actions</name>
    <message>
        <source>This request has no MOU yet. Write it first with “MOU…” on this page; once both organizations have signed it, mark it as signed here.</source>
        <translation>Esta solicitud todavía no tiene MOU. Redáctelo primero con «MOU…» en esta página; cuando ambas organizaciones lo hayan firmado, márquelo aquí como firmado.</translation>
    </message>
    <message>
        <source>{title}: added</source>
        <translation>{title}: se agregó</translation>
    </message>
    <message>
        <source>{title}: removed</source>
        <translation>{title}: se quitó</translation>
    </message>
    <message>
        <source>{title}: changed</source>
        <translation>{title}: cambió</translation>
    </message>
</context>
<context>
    <name>signing_dialogs</name>
    <message>
        <source>Signed copies ({patterns})</source>
        <translation>Copias firmadas ({patterns})</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>{APP_NAME} cannot open your data</source>
        <translation>{APP_NAME} no puede abrir sus datos</translation>
    </message>
    <message>
        <source>{APP_NAME} cannot write to the folder {data_dir} ({strerror}). Check that it is not read-only and that the disk is connected.</source>
        <translation>{APP_NAME} no puede escribir en la carpeta {data_dir} ({strerror}). Verifique que no sea de solo lectura y que el disco esté conectado.</translation>
    </message>
    <message>
        <source>{APP_NAME} is busy with this data</source>
        <translation>{APP_NAME} está ocupado con estos datos</translation>
    </message>
    <message>
        <source>A {APP_NAME} command (an import, a restore or a backup) is writing to this data right now. Start PartnerDesk again once it has finished.</source>
        <translation>Un comando de {APP_NAME} (una importación, una restauración o una copia de seguridad) está escribiendo en estos datos en este momento. Vuelva a abrir PartnerDesk cuando haya terminado.</translation>
    </message>
    <message>
        <source>{APP_NAME} is already open</source>
        <translation>{APP_NAME} ya está abierto</translation>
    </message>
    <message>
        <source>{APP_NAME} is already open with this data on this computer. Switch to that window (look in the taskbar). Two windows writing to the same data could damage it, so this one will close.</source>
        <translation>{APP_NAME} ya está abierto con estos datos en esta computadora. Cambie a esa ventana (búsquela en la barra de tareas). Dos ventanas que escriben en los mismos datos podrían dañarlos, así que esta se cerrará.</translation>
    </message>
    <message>
        <source>{APP_NAME} cannot use the shared database</source>
        <translation>{APP_NAME} no puede usar la base de datos compartida</translation>
    </message>
    <message>
        <source>{message}

The shared database is {address}. You can also work on the data kept on this computer this time: nothing is copied between the two, and the next start tries the shared database again.</source>
        <translation>{message}

La base de datos compartida es {address}. Esta vez también puede trabajar con los datos guardados en esta computadora: no se copia nada entre las dos, y la próxima vez que abra el programa se intentará de nuevo con la base de datos compartida.</translation>
    </message>
    <message>
        <source>The newest good backup is from {friendly_date} at {taken_at:%H:%M} ({counts}). Restoring it sets the damaged file aside; nothing is deleted.</source>
        <translation>La copia de seguridad válida más reciente es del {friendly_date} a las {taken_at:%H:%M} ({counts}). Al restaurarla, el archivo dañado se deja aparte; no se elimina nada.</translation>
    </message>
    <message>
        <source>No backup was found in {backup_dir}.</source>
        <translation>No se encontró ninguna copia de seguridad en {backup_dir}.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>The backup was restored</source>
        <translation>Se restauró la copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a PartnerDesk data folder</source>
        <translation>Elija una carpeta de datos de PartnerDesk</translation>
    </message>
    <message>
        <source>Password for the shared database</source>
        <translation>Contraseña de la base de datos compartida</translation>
    </message>
    <message>
        <source>{why}Type the password of {user} for the shared database {address}.</source>
        <translation>{why}Escriba la contraseña de {user} para la base de datos compartida {address}.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>A harm or broken promise, with nothing for them to acknowledge</source>
        <translation>Un daño o una promesa incumplida, sin nada que deban reconocer</translation>
    </message>
    <message>
        <source>They have partly acknowledged the harm</source>
        <translation>Han reconocido el daño en parte</translation>
    </message>
    <message>
        <source>They have acknowledged the harm</source>
        <translation>Han reconocido el daño</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <source>Follow-up: {action}, due {date}</source>
        <translation>Seguimiento: {action}, vence el {date}</translation>
    </message>
    <message>
        <source>Follow-up: {action}</source>
        <translation>Seguimiento: {action}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Etapa: {stage}</translation>
    </message>
    <message>
        <source>Partnership request</source>
        <translation>Solicitud de alianza</translation>
    </message>
    <message>
        <source>{reasons} Conditions: {conditions}</source>
        <translation>{reasons} Condiciones: {conditions}</translation>
    </message>
    <message>
        <source>{status} · review due {date}</source>
        <translation>{status} · revisión del MOU el {date}</translation>
    </message>
    <message>
        <source>They have not acknowledged the harm</source>
        <translation>No han reconocido el daño</translation>
    </message>
    <message>
        <source>Past experience</source>
        <translation>Experiencia pasada</translation>
    </message>
</context>
<context>
    <name>today_page</name>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organización</numerusform>
            <numerusform>%Ln organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnership request(s)</source>
        <translation>
            <numerusform>%Ln solicitud de alianza</numerusform>
            <numerusform>%Ln solicitudes de alianza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>vence en %n día</numerusform>
            <numerusform>vence en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>vencido hace %n día</numerusform>
            <numerusform>vencido hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trash_actions</name>
    <message numerus="yes">
        <source>Restored %n item(s).</source>
        <translation>
            <numerusform>Se restauró %n elemento.</numerusform>
            <numerusform>Se restauraron %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n organization(s) to the trash. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>Se movió %n organización a la papelera. Presione Ctrl+Z para deshacer.</numerusform>
            <numerusform>Se movieron %n organizaciones a la papelera. Presione Ctrl+Z para deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo moving %n organization(s) to the trash</source>
        <translation>
            <numerusform>&amp;Deshacer el envío de %n organización a la papelera</numerusform>
            <numerusform>&amp;Deshacer el envío de %n organizaciones a la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n organization(s).</source>
        <translation>
            <numerusform>Se restauró %n organización.</numerusform>
            <numerusform>Se restauraron %n organizaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the trash. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>Se movió %n contacto a la papelera. Presione Ctrl+Z para deshacer.</numerusform>
            <numerusform>Se movieron %n contactos a la papelera. Presione Ctrl+Z para deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo moving %n contact(s) to the trash</source>
        <translation>
            <numerusform>&amp;Deshacer el envío de %n contacto a la papelera</numerusform>
            <numerusform>&amp;Deshacer el envío de %n contactos a la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>Se restauró %n contacto.</numerusform>
            <numerusform>Se restauraron %n contactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n request(s) to the trash. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>Se movió %n solicitud a la papelera. Presione Ctrl+Z para deshacer.</numerusform>
            <numerusform>Se movieron %n solicitudes a la papelera. Presione Ctrl+Z para deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo moving %n request(s) to the trash</source>
        <translation>
            <numerusform>&amp;Deshacer el envío de %n solicitud a la papelera</numerusform>
            <numerusform>&amp;Deshacer el envío de %n solicitudes a la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n request(s).</source>
        <translation>
            <numerusform>Se restauró %n solicitud.</numerusform>
            <numerusform>Se restauraron %n solicitudes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n note(s) to the trash. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>Se movió %n nota a la papelera. Presione Ctrl+Z para deshacer.</numerusform>
            <numerusform>Se movieron %n notas a la papelera. Presione Ctrl+Z para deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo moving %n note(s) to the trash</source>
        <translation>
            <numerusform>&amp;Deshacer el envío de %n nota a la papelera</numerusform>
            <numerusform>&amp;Deshacer el envío de %n notas a la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n note(s).</source>
        <translation>
            <numerusform>Se restauró %n nota.</numerusform>
            <numerusform>Se restauraron %n notas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>user_name</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, as it should appear on answers and notes:</source>
        <translation>Su nombre, tal como debe aparecer en las respuestas y las notas:</translation>
    </message>
</context>
<context>
    <name>welcome_dialog</name>
    <message>
        <source>Start using PartnerDesk</source>
        <translation>Empezar a usar PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk keeps track of the hospitals and health systems that ask your organization to partner, the people you deal with there, and your history with them. It helps you check each request on your own terms before you agree to anything.</source>
        <translation>PartnerDesk lleva el registro de los hospitales y sistemas de salud que le piden a su organización formar una alianza, de las personas con quienes usted trata allí y de su historial con ellos. Le ayuda a evaluar cada solicitud según sus propias condiciones antes de aceptar cualquier cosa.</translation>
    </message>
    <message>
        <source>Tell PartnerDesk who “we” are: your organization&apos;s name, mission and values, so they are at hand when you weigh a request.</source>
        <translation>Dígale a PartnerDesk quiénes somos «nosotros»: el nombre, la misión y los valores de su organización, para tenerlos a mano cuando evalúe una solicitud.</translation>
    </message>
    <message>
        <source>Whenever you are ready: File → Our organization&apos;s profile…</source>
        <translation>Cuando lo desee: Archivo → Perfil de nuestra organización…</translation>
    </message>
    <message>
        <source>An invented example: a hospital system approaching a community food collective, with contacts, notes and a request being vetted. Move it to the Trash when you are done.</source>
        <translation>Un ejemplo inventado: un sistema hospitalario que se acerca a un colectivo comunitario de alimentos, con contactos, notas y una solicitud en evaluación. Muévalo a la Papelera cuando termine.</translation>
    </message>
    <message>
        <source>PartnerDesk already holds records, so the sample is not added: it would mix with yours.</source>
        <translation>PartnerDesk ya tiene registros, así que no se agrega el ejemplo: se mezclaría con los suyos.</translation>
    </message>
    <message>
        <source>PartnerDesk backs up your data by itself, every half hour while you work and when you close it, and keeps recent and older copies in {folder}. File → Backups and restore… brings an earlier copy back. Settings → Backup folder… can send the backups to a USB stick or a synced folder.</source>
        <translation>PartnerDesk hace copias de seguridad de sus datos por sí solo, cada media hora mientras usted trabaja y cuando lo cierra, y guarda copias recientes y más antiguas en {folder}. Archivo → Copias de seguridad y restauración… recupera una copia anterior. Configuración → Carpeta de copias de seguridad… puede enviar las copias a una memoria USB o a una carpeta sincronizada.</translation>
    </message>
    <message>
        <source>Help → User guide (F1) walks you through the everyday tasks, with pictures.</source>
        <translation>Ayuda → Guía del usuario (F1) le explica paso a paso las tareas de todos los días, con imágenes.</translation>
    </message>
    <message>
        <source>Your data is in a shared database. Its backups are made by the server it runs on; ask whoever looks after that server.</source>
        <translation>Sus datos están en una base de datos compartida. Sus copias de seguridad las hace el servidor donde funciona; pregunte a la persona que se encarga de ese servidor.</translation>
    </message>
</context>
</TS>
