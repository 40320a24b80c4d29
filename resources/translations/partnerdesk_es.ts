<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Choose a question on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we saw, heard or found out ourselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Their answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our evide&amp;nce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have they shown those &amp;values?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In what they have done, not only in what they say. Not shown, or not known yet, keeps the red flag up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered when it was worded: “{asked_as}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk backs up your data every half hour while you work and when you close it. Backups are kept in {shown_path}. To go back to an earlier state, choose a backup and press Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Press “Back up now” to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacitiesDialog</name>
    <message>
        <source>Capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of every request&apos;s capacity matrix: what a partnership can draw on. Retired capacities leave the matrix; what was recorded for them is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a capacity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire / bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity brought back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityGrid</name>
    <message>
        <source>Which organization is yours? Choose it, so the matrix can show what you bring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;our organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly, how much, for how long…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;as or needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;list of capacities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed, but nobody has it yet: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell in the partner&apos;s column first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterActions</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team charter is not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this part of the team charter ({part})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the team charter as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team charter - {0}.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team charter is still empty, so there is nothing to export. Write at least one of its parts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{0}” in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the team charter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team charter was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterDialog</name>
    <message>
        <source>Team charter — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How {0} and {1} will work together. Write it with your partner, for example after the kickoff meeting. Everything is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <source>&amp;Write it here:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points still to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a point (or select it and press Enter) to go to the page that settles it. You can export at any time: until every point is settled the document says it is a draft and lists them at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as plain &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as si&amp;gned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every section is written and nothing unfair was found. Read it through together with your partner before anyone signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to settle before this is ready to sign:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckupActions</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-up of {date} started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated by a colleague meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else rated this statement while you were typing, so your rating was not saved. Theirs is shown now; change it again to put yours in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this check-up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the check-up of {date}, with both sides&apos; ratings and comments? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-up of {date} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the check-up form as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-up form - {title}.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” in {folder}. Send it to the partner; when it comes back filled in, press Read their filled form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the check-up form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose their filled check-up form (Word document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved from their form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answers from “{form}” are saved into the check-up of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupDialog</name>
    <message>
        <source>the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-up of {date} with {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: {statement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate each statement from our side ({scale}). Type a number or use the arrow keys; leave a statement not rated if you cannot say. Everything is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides&apos; ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Talk about these first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk about these first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answers: read from “{form}” on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answers: not yet. Send them the check-up form; their ratings show here once their filled-in form is read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk about this first: the two sides differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of the domain&apos;s statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{statement} — we rated it {ours}, they rated it {theirs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement the two sides rated two or more steps apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: their answers are not in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupFormDialog</name>
    <message>
        <source>Their filled check-up form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “{form}”: statements rated: {rated} of {total}. Cells to check with them: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rated} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;read, per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rating they typed was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could &amp;not be read, or was read with a guess (check these with them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain}: {statement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They rated every statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements they did not ra&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written &amp;outside the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check-up holds their answers from “{form}” already: saving puts this form&apos;s answers in their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save into a new check-up of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save into the check-up of {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupList</name>
    <message>
        <source>Check-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-up yet. A check-up asks both sides how the partnership is going: press New check-up… to rate it from our side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New check-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a check-up today, or plan one on a later date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;them the form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the check-up form as a Word document, to send to the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read their filled form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the partner&apos;s ratings from the form they sent back, into the latest check-up (or a new one today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend of each domain over the check-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was declined: there is no partnership to check up on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was declined, so there is no partnership to check up on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from {form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupScale</name>
    <message>
        <source>not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} – {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk does not know the layout of “{file_name}”. For each column, choose what it holds. Columns you leave out are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns and what they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column {value} has no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the column {header} holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column with names or emails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{app} keeps your organization&apos;s partners, partnership requests, vetting and
MOUs in one place on this computer. With no command it opens the app.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the data is</source>
        <translation>dónde están los datos</translation>
    </message>
    <message>
        <source>the folder holding your data (default: your user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use this database instead of the file in the data folder, e.g. postgresql://user@server/database (a SQLAlchemy URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the main window, wait until it is shown, then quit (for smoke tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the window and of the messages (default: as chosen in Settings → Language, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {user} for {address}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>{app} ran into an unexpected problem and stopped. Details were written to {log_file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} ran into an unexpected problem and stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a backup of your data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write it (default: the backup folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace your data with a backup (your current data is backed up first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {file} ({counts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU reviews, commitments due and follow-ups as one calendar file (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one calendar file that any calendar program imports: each MOU&apos;s reviews (repeating by the MOU&apos;s own schedule), open commitments with a due date, and open follow-ups, each with a reminder the day before. Importing a newer file updates the events instead of adding them twice. With nothing dated, no file is written and the command exits 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--due-within takes a number of days from today: 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments due then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy this computer&apos;s data into an empty shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the data kept on this computer (in the data folder) into an empty shared PostgreSQL database, as Settings → Use a shared database… does: its tables are set up, then every record is copied, all or nothing. A database that already holds records is refused. This computer&apos;s data stays as it is, and PartnerDesk keeps using it until you choose the shared database in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared database, e.g. postgresql://user@server/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask before copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-to copies the data kept in the data folder: give that folder with --data-dir, and the shared database as URL (not with --database-url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} is not the address of a PostgreSQL database. Give one like postgresql://user@server/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PartnerDesk data in {data_dir} to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no records in {data_dir} to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying {summary} to {shown}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, preparing the search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {value}% copied{after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk on this computer still uses the data kept here; to work on the shared database, choose it in Settings → Use a shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-to asks before copying; add --yes to copy without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {summary} into the shared database {shown}? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y,yes</source>
        <comment>the answers meaning yes to a question ending in [y/N], separated by commas</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form of a request&apos;s questions, for the requester to fill in (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Word form, on your letterhead, with the request&apos;s questions by topic and a column for their answers — no notes, ratings or evidence. Send it; read the filled-in file back with `partnerdesk import answers`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team charter of a partnership: how both sides work together (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a request&apos;s team charter, on your letterhead: the goal of the partnership, how you agree on goals and values, how you deal with challenging situations, and your meetings and minutes. When nothing is written in it yet, no file is written and the command exits 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see: partnerdesk list requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Word file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the team charter for request {number} to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which questions: the three hard ones, the shortlist picked for the request (the default; the hard ones until you pick), those not answered yet, or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blank partner profile form for an organization to fill in (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a blank partner profile form, on your letterhead, with the prompts of each part. Read the filled-in file back with `partnerdesk import profile`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see: partnerdesk list organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the question form for request {number} (%n question(s)) to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the profile form for {subject} to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnerdesk import {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a question form the requester filled in into their answers to the request&apos;s questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a partner profile form the organization filled in into its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filled-in Word form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what would change; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import contacts from CSV (Google, Outlook, any) or vCard files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts. Each file is one transaction: all of it or nothing. Rows with the same e-mail as a contact you have are merged into it; the same name at the same organization is merged too. Exit 2 if a file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .csv or .vcf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what would happen; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export contacts (CSV, vCard), a request&apos;s vetting or MOU, or a profile (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your contacts, a partnership request&apos;s vetting summary, the questions still to ask or its MOU, or an organization&apos;s profile, as files other programs open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every contact not in the Trash, to FILE.csv (opens in Excel) or FILE.vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every contact not in the Trash. Without --format the extension decides: .csv (PartnerDesk&apos;s own, opens in Excel), .vcf (one vCard file) or .zip (one vCard per contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv, FILE.vcf, FILE.zip or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  format: {format_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  encoding: {encoding_label} ({encoding})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  header: line {value} (the lines above it are skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  column {header!r}: {use}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown_name}: read as {encoding_label} ({encoding}), a guess among close candidates. If names look wrong, import the file in the window and choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns left out (PartnerDesk has no place for them): {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk cannot write {target}: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the agenda of the kickoff meeting with a partner (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the kickoff meeting&apos;s agenda, on your letterhead: time to get to know each other first, both partner profiles shared, next steps and who does what last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join: a meeting they already hold; invite: them to one of ours; host: a new meeting of about an hour (the default); retreat: a longer meeting, half a day at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the kickoff agenda for request {number} to {file}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request&apos;s MOU as a Word document (recorded as a new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the request&apos;s MOU as a Word document, on your letterhead if one is set, and keep it as the next version. Open points are listed after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write an e-mail draft with the document attached (X-Unsent: Outlook opens it ready to edit and send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the points still to settle go: a cover note for you beside the MOU, &apos;FILE (cover note).docx&apos; (the default), or a neutral list at the end of the MOU, written to both parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what an MOU still lacks, and what is unfair in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a request&apos;s MOU for missing sections and fairness problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {request_id} has no MOU yet (or there is no request {request_id}). Start one from the request&apos;s page in PartnerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing: every section is written and nothing unfair was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail draft&apos;s file name must end in .eml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote version {version} of the MOU for request {request_id} to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail draft was not written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the e-mail draft to {eml}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the cover note to {with_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  open: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a request&apos;s MOU as signed (optionally keeping the signed copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the request&apos;s MOU as signed on DATE by the signatories it names. The MOU as it is now becomes the signed version; later changes are amendments. The request becomes an active partnership, and the next review is set by the MOU&apos;s own schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed copy (PDF, scan as PNG/JPEG/TIFF, or .docx), kept in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{date}” is not a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {copy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed copy could not be kept: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked the MOU for request {request_id} as signed on {isoformat} (version {signed_version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the signed copy as {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review: {isoformat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnerships yet: a request becomes one once you decide to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed on {isoformat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organization&apos;s partner profile as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Word document with the organization&apos;s partner profile: whom they serve, what they do and why, how, their unique contributions, why they pursue this partnership and how they measure success. Questions not answered yet are listed as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization {number}. `partnerdesk list organizations` shows each organization&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the profile of {subject} to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organizations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the sample data (fictional records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load it even if the store already holds records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the data file; exit 1 if anything is wrong</source>
        <translation>revisa el archivo de datos; termina con el código 1 si algo está mal</translation>
    </message>
    <message>
        <source>print organizations, contacts, requests, partnerships or commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which records to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitments: only those still to do, due within DAYS days (late ones too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{refusal} Use --force to load it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the sample data: {organizations}, {contacts}, {notes}, {requests}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--due-within is for commitments only.</source>
        <translation>--due-within solo sirve para los compromisos.</translation>
    </message>
    <message>
        <source>print what the search box finds for TEXT (kind, id, title, snippet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the words to look for (quote several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON list of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{strip}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, in a temporary folder, that this installation works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} {__version__} self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the main window and the user guide offscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the vetting summary for request {number} to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the questions to ask for request {number} to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request&apos;s vetting summary as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Word document with the request&apos;s details, red flags, readiness by topic, every question with their answer, our evidence and rating, the capacity matrix and the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questions not answered yet, as a Word sheet for the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Word document listing every question not answered yet for the request, grouped by topic, each with room for notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request {number}. `partnerdesk list requests` shows each request&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check-up form the partner fills in (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the partnership check-up form, on your letterhead: a table per domain, each statement with a Rating (1–5) and a Comments cell for the partner to fill in. Read their filled form back with `partnerdesk import checkup`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the check-up form for request {number} to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the check-up form the partner filled in into the request&apos;s latest check-up (a new one dated today when there is none): prints what was read and what could not be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their filled check-up form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what would be read; save nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form}: {summary}; into a new check-up of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form}: {summary}; for a new check-up of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form}: {summary}; into the check-up of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form}: {summary}; for the check-up of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partnership&apos;s check-ups: per domain, our score and theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check-up of the partnership, oldest first: its date and, for each domain of the statements, the mean of our side&apos;s ratings and of the partner&apos;s (null when that side rated none of its statements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-up {id} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partnership&apos;s results report for both organizations&apos; leaders (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a partnership&apos;s results report, on your letterhead: what it set out to do, commitments kept and late, measures of success with their figures, how the partnership is going (the check-up trend), your story or quote, and next steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see: partnerdesk list partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the results report for request {number} to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language the document is written in (default: en); dates follow it too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentActions</name>
    <message>
        <source>Marked done: “{short}”. To undo, choose Mark as open again on the partnership&apos;s Commitments tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open again: “{short}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop this commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “{short}” dropped? (For example: both sides agreed it is no longer needed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: “{short}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments yet. The rows of the MOU&apos;s roles table, its goals and the conditions of a “proceed with conditions” decision show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark do&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen commitment done (Space or {DONE_KEY})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dro&amp;p…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the chosen commitment, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party named yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One email address per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One phone number per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their background, what they care about, how we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role or title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emails (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;refers to be reached by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> You can still save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the contact a name (or at least an email).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTransfer</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}: {line}. Edit → Undo an import… takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read that way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name} again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which import should be undone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was undone: new contacts went to the trash, merges reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contacts for which program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataLocationDialog</name>
    <message>
        <source>Where is my data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything PartnerDesk knows is kept in these places on this computer. Only your user account can read them. PartnerDesk never sends anything anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s records are kept in the shared database named below, on your organization&apos;s server. This computer keeps only its own settings, log and letterhead, in the folders below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Choose where backups are kept (for example a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups cannot go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk cannot write to {folder} ({strerror}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups will be kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data will be replaced by this backup. What you have now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you had before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup.{before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite found damage in your data file. Please restore a recent backup (File → Backups and restore…) before adding more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything was saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your data with this archive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in PartnerDesk will be replaced by the archive&apos;s contents. What you have now is backed up first. {APP_NAME} closes afterwards; start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was replaced. {APP_NAME} will close now; start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is kept in the shared database {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is kept on this computer, in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of the log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{SHARED_DATABASE_MESSAGE} PartnerDesk&apos;s own backups, restore and “Export everything” are for data kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What have you decided about “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: what you weighed, who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One condition per line, e.g. our staff time is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must change &amp;first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose what you decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down why: it is what you will look back at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please list the conditions they must meet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new e-mail without the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the e-mail file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach it as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a cover note for us, saved beside the MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the MOU, as a list of open points for both parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it with my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the data on this computer this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSaveDialog</name>
    <message>
        <source>&amp;Document language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailActions</name>
    <message>
        <source>No e-mail was prepared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <source>Email draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk prepares an e-mail to {organization_name} with “{name}” attached. You read it over and send it from your own mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook opens the e-mail ready to send. If your mail program shows it without a Send button (Thunderbird, for one), use its “Edit As New Message”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one at {organization_name} has an e-mail address saved. Type the addresses below, or add them on their contact pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address saved for {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org; separate several with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each person it goes to (Space ticks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ot&amp;her addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in my mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new e-mail &amp;without the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk could not write the e-mail file in {drafts_folder} ({value}). Use “Copy message text” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program. Read it over, then send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail, with “{name}” attached, is saved as “{name2}” in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer has no program set up to open e-mail files.

{where}

You can show that file in its folder (some mail programs take it dragged in), start a new e-mail without the attachment (PartnerDesk shows the document in its folder so you can attach it), or copy the message text and paste it into an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is in the folder PartnerDesk opened ({parent}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could show the folder. The e-mail file is “{name}” in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer has no mail program set up to start a new e-mail. Press “Copy message text” and paste it into an e-mail in your browser, then attach “{name}” from the folder that opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new e-mail is open. Attach “{name}”: it is in the folder PartnerDesk opened ({parent}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into a new e-mail, then attach “{name}” (in {parent}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk could not write {name} in {folder}: {reason}. Choose another folder, or close the file if Word has it open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagList</name>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No red flags so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question behind “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormActions</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Their answer” of each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the question form as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the question form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile form as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the profile form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank profile form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a filled-in profile form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization yet. Add it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which organization is the form for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefix} - {file_name_from}.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the filled-in form (Word document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was read in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormAnswersDialog</name>
    <message>
        <source>Answers in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}. Nothing is changed until you press “Read in”. Only {whose} is written: your own notes, evidence and ratings stay as they are. Untick an answer to keep yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add their answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take their answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} to {number}. {cut}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} to question {number}: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {ours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the form: {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in the form is new or differs from yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to read in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Could not be matched (copy by hand if needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the form was matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{APP_NAME} user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where you were in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of the guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>The user guide is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide was not found in this installation of PartnerDesk. Installing PartnerDesk again brings it back; your data is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Edit partner history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to partner history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Diabetes screening pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Spring to fall 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm done or promises broken, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When (in words):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date it started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went &amp;well:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went &amp;badly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Harm or broken promise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledged by them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have they acknowledged the harm or misperception?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ow it was acknowledged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give this part of the history a short title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import contacts from {file_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {more:,} more rows, not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If names show odd characters (Ã©, Ð¸…), choose the encoding the file was saved in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If names look wrong, choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns left out (PartnerDesk has no place for them): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds {count:,} contacts ({format_label}, {encoding_label}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing will add {new:,} new, merge {merged:,} into contacts you already have, and leave out {skipped:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doubtful} may be people you already have: choose what to do with each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import, and an import can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KickoffActions</name>
    <message>
        <source>Save the kickoff agenda as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff agenda - {file_name_from}.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kickoff meeting is recorded in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KickoffDialog</name>
    <message>
        <source>Kickoff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet the partner of “{request_title}”. Choose the kind of meeting that suits you both, save its agenda to send, and record the meeting once it is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips for this kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Word agenda on your letterhead, to send to the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was, who came, notes and follow-ups</source>
        <translation type="unfinished"></translation>
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
        <source>The new language is used from the next start of PartnerDesk, for the window and for the messages of the partnerdesk command. Documents choose their own language when you export them.</source>
        <translation>El nuevo idioma se usará a partir de la próxima vez que abra PartnerDesk, en la ventana y en los mensajes del comando partnerdesk. Cada documento tiene su propio idioma, que usted elige al exportarlo.</translation>
    </message>
</context>
<context>
    <name>LetterheadActions</name>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letterhead needs a data folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Word exports use your letterhead. Choose another one, or go back to PartnerDesk&apos;s plain layout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another letterhead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the plain layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word exports use the plain layout again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your letterhead (a Word document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letterhead cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{refusal} Your Word exports stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word exports now use your letterhead “{name}”: a sample MOU was written on it without a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk could not keep a copy of “{name}” in {data_dir} ({value}). Your Word exports stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying your letterhead…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListNarrowing</name>
    <message>
        <source>T&amp;ag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key leaders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sample data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This adds invented organizations, contacts, notes and a partnership request, so you can look around. You can move them to the trash later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the sample data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Record the kickoff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Ana Ruiz, Dev Patel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, what you agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs to happen next, and who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who came:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up d&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write what the follow-up is, or leave its date empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MouActions</name>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an MOU?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a memorandum of understanding for “{request_title}”? PartnerDesk fills in what it already knows: the parties and who signs, the funding and when it ends, how much say you want, the capacity matrix and the answers on data and sustainability. You change anything you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New memorandum of understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard wording is not available: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points still to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the MOU as a Word document to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the MOU as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this version for? (optional, e.g. “sent to Angela for comments”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to our partner for comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The {settle} still to settle are in “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It lists {settle} still to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version {version} as “{name}”.{open_points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letterhead was not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover note was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the MOU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk could not write {name} in {parent}: {value}. Choose another folder, or close the file if Word has it open. No version was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MOU is copied as plain text: paste it into an e-mail or document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MOU has changed since version {number} was saved as “{name}”, so PartnerDesk saves it again, as a new version, to attach to the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} was saved as “{name}” in {folder}, but the file is no longer there, so PartnerDesk saves the MOU again to attach to the e-mail. This records a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word file was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} was saved as “{name}” in {folder}, and the file has been changed since (in Word, perhaps). Attach the file as it is now, or save a new version from PartnerDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching version {number}, “{name}”: the MOU has not changed since it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who should it go to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This MOU was started from scratch, so PartnerDesk does not know whose people to offer. The document is saved as “{name}” in {parent}: attach it to an e-mail in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make version {number} the current draft? The draft you have now is kept as a version first, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {currentData} is the current draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk calendar.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk could not write {name} in {parent}: {value}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MouEditing</name>
    <message>
        <source>This MOU is not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this part of the MOU ({part})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}

If you close it now, what you typed since the last save is lost. Keep it open to put it right, or to have it saved as soon as PartnerDesk can write again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MouVersionsDialog</name>
    <message>
        <source>Versions of this MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version is kept each time the MOU is exported. Compare two to see what changed, or bring an older one back as the current draft (the draft you have now is kept as a version first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the first as the current draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the first in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No versions yet. A version is kept each time you export the MOU to Word.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MouWizard</name>
    <message>
        <source>MOU — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Check and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Please give it a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCheckupDialog</name>
    <message>
        <source>New check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On what date is the check-up? Today&apos;s date is filled in; a date ahead plans it (it then shows in the calendar export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: First meeting at the pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, what you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs to happen next, if anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;at happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the people who were there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up d&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a subject or a few words about what happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>e.g. {friendly_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the {label}, e.g. {friendly_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalNumberEdit</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Edit organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Riverbend Health System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. food access, coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What have they actually done that shows it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the organization I work for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they work and whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years active in our community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years they have been active in our community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First contact with us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they have &amp;shown their values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How have they demonstrated those values?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the organization a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>← All organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add past e&amp;xperience…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner p&amp;rofile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom they serve, what they do and why, what they bring, how they measure success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · our organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OurOrganizationDialog</name>
    <message>
        <source>Your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which organization do you work for? PartnerDesk keeps its profile, and uses its name on the capacity matrix and on the documents you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Eastside Food Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;A new organization, named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One already in PartnerDesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization already in PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;It is a 501(c)(3) nonprofit, or receives public funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write your organization&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <source>No MOU yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every partnership that went ahead, and not ended: its MOU, the next review, when its funding ends, commitments late and the last check-up. Press Enter or double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnerships yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request shows here once you decide to go ahead with it: from the kickoff meeting on, through the MOU, until the partnership ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When funding ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: when each partnership&apos;s funding ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Remember it on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store PartnerDesk can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <source>PartnerDesk stopped because the disk is full. Nothing already saved was lost; free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk cannot write to {name} ({strerror}). Check that the folder is not read-only and that you may change files in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Nothing from this command was saved; try again once the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using PartnerDesk&apos;s data right now, so nothing was changed. Try again in a moment.</source>
        <translation>Otro programa está usando los datos de PartnerDesk en este momento, así que no se cambió nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>PartnerDesk cannot write to its data in {where}. Check that the folder is not read-only and that you may change files in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the partner profile as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner profile - {file_name_from}.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letterhead was not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the partner profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved as a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk could not write {name} in {parent}: {reason}. Choose another folder, or close the file if Word has it open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <source>Partner profile – {organization_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner profile: {organization_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
{answered} of {count} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colleague&apos;s answer is shown; what you typed there was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication.mou_actions</name>
    <message numerus="yes">
        <source>This MOU still has %n point(s) to settle. Where should they go?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionBankDialog</name>
    <message>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the questions the vetting screen asks for every request. Add your own, change the wording to how you would say it, or retire a question you do not need. Nothing already answered is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire / bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the &amp;shipped questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped questions are back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Change a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question, as you would ask it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters, or what a good answer sounds like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers already given keep the wording they were asked in; new answers get the new wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed “{windowTitle}”. Save what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditing</name>
    <message>
        <source>Someone else changed this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else moved this organization to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else moved this contact to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else moved this note to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else moved this request to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not saved; the organization stays in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not saved; the contact stays in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not saved; the note stays in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not saved; the request stays in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {clean_single_line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this from the partner history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will no longer appear on the organization&apos;s timeline. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner history saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the request “{clean_single_line}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

What you typed is kept: try again now, or go back to the editor and save it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the Trash. {done_message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Nothing matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partnership request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter organizations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organizations match what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests match what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes match what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>The shared database&apos;s server cannot be reached right now (it may be restarting, or this computer may be off the network), so this was not saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBoard</name>
    <message>
        <source>Drag a card to another column to change its stage, or select it and press Ctrl+→ / Ctrl+←. Enter opens it; the context menu (Shift+F10) moves it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestBoardView</name>
    <message>
        <source>Show as a board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Edit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Referrals for food insecurity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly do they ask of us?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community need they say it meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant, budget line, donor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they say happens when the money stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (organization):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they as&amp;k for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated &amp;purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community &amp;need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unding source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding &amp;ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;when funding ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed time&amp;frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in decisions they &amp;offer us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in decisions we &amp;want:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the request a short title, e.g. what they ask for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>← All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your decision: proceed, with conditions, pause or decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Word document: the vetting summary, the questions to ask, a kickoff agenda, the team charter, the results report for leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetting summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask at the next meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team charter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results report for leaders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uestion form for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form of your questions for them to fill in, and reading their answers back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for the form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the form to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read their filled-in form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MOU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the memorandum of understanding for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed MOU and revie&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the MOU as signed, open the signed copy, record a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as signed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question ban&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own questions, change wording, retire questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments: who does what, b&amp;y when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ups (Alt+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {organization}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received {friendly_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funding ends {friendly_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{answered} of %n question(s) answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No decision yet.&lt;/i&gt; Press Decide… when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on {friendly_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision: {label}&lt;/b&gt;{when}. {decision_reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Conditions:&lt;/b&gt; {conditions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {value} ({answered} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {answered} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>Not a partnership yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this results report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colleague&apos;s version of the report is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your results report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed was:

{typed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results report saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the results report as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results report - {file_name_from}.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the results report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsReportDialog</name>
    <message>
        <source>Results report for leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one- or two-page report on “{title}” for the leaders of both organizations. PartnerDesk fills in what the partnership set out to do, the commitments kept and late, and how the check-ups went; add what only you know. What you type is kept when you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short story, or a few words someone said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: a parent at the Saturday pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story or quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures of success: the MOU&apos;s goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal {number}: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached so far, e.g. 212 families or 78%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MOU names no goals yet. Write them on the MOU&apos;s goals page, one per paragraph, and they show here to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Word document on your letterhead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Record a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It was due on {document_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record the review of “{title}”.{due} The next review is then set %n month(s) later, as the MOU says.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part, from both organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you agreed to change, or “Nothing changed”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MOU has been changed since it was signed. The review stays open until you mark the amended MOU as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is still to come. Record it once it took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write who took part in the review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search organizations, contacts, notes, requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the search box above to find organizations, contacts, notes and requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Check the spelling, or try a shorter word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found. Press Enter or double-click a result to open it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Insert standard wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert standard wording for {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedDatabaseActions</name>
    <message>
        <source>Now: PartnerDesk uses the shared database {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: PartnerDesk uses a database address given when it was started (on its command line or in {DATABASE_URL_ENV}), which wins over this setting. Start PartnerDesk without it to choose here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: PartnerDesk is set to use the shared database {address}, but works on the data kept on this computer this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: your data is kept on this computer, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the shared database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk will set up the shared database, copy the data on this computer to it, and reopen with it. The data on this computer stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk will set up the shared database if it is new, and reopen with it. The data on this computer stays as it is, and is not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It will ask for the password at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{describe} PartnerDesk now opens it.{asked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this computer&apos;s data again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk will reopen with the data kept on this computer. The shared database stays as it is on the server; nothing is copied back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this computer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk could not finish that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Use a shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data is kept now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the data on this computer to the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address you were given; it fills in the boxes below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it at 5432 unless you were told otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this computer&apos;s data &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer: {local_records}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortlistDialog</name>
    <message>
        <source>Questions for the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the questions to ask about “{title}” in your next conversation, and on the form you send them. A topic&apos;s box ticks all of its questions. Questions they have answered already say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(answered) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the &amp;hard questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n question(s) ticked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignMouDialog</name>
    <message>
        <source>Mark the MOU as signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” as it is now becomes the signed MOU. Later changes to it are kept as an amendment, to be signed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” was signed on {document_date} and changed since. Mark the amended MOU as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mnemonic}{value}. Who signed for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen (it is optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed copy chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose the signed copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF, a scan (PNG, JPEG or TIFF) or the Word file that was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk keeps its own copy in the data folder, so it stays with your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”, in {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing date is still to come. Mark the MOU signed once both have signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write who signed for {party}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed copy must be a PDF, a scan (PNG, JPEG or TIFF) or a .docx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <source>No MOU yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This MOU was marked as signed on {document_date} and has not changed since. Record another signing of it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record another signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MOU names no parties yet. Name both organizations and who signs for each on its Parties page, then mark it as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MOU is marked as signed on {document_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed copy of this MOU is kept. Choose one when you mark the MOU as signed (“Mark as signed…”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program set to open “{name}”. It is kept in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews are for a signed MOU. Once both organizations have signed it, choose “Mark as signed…” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is recorded; the next review date has moved on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished">Hoy</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up in the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership requests are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement (MOU) reviews due in the next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement reviews are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitment is late: every promise is on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments due in the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments are due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a check-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask both sides how the partnership is going, for the chosen review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or {DONE_KEY} marks the chosen commitment done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done	(Space or {DONE_KEY})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk helps you look carefully at partnership requests from hospitals and others, keep track of the people and conversations involved, and write agreements (MOUs) on your own terms. Start by adding an organization you work with, or load the sample data to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — {today:%A %d %B %Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have {organizations}, {contacts}, {notes} and {requests}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review {date}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {what} to the trash. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the trash will be removed for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo moving {undo_stack} to the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Deleted records stay here until you restore them or empty the trash. Emptying the trash removes them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you delete something, it waits here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished">Papelera</translation>
    </message>
</context>
<context>
    <name>VettingActions</name>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: it stays where your colleague put it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

What you typed was:

{their_answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Evidence: {our_evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this answer first. What you typed was:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else decided on this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the request to “{label}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You decided to go ahead, and the request is still at “{label}”. Move it on to “{label2}”, the next step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded. The request stays at “{label}”: change its stage when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetting summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the vetting summary as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the questions to ask as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the vetting summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the questions to ask…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} - {file_name_from}.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk could not write {name} in {parent}: {reason}. Choose another folder, or close the file if Word has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity matrix saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization to choose. Add it under Organizations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which other organization takes part?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this partner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from this request&apos;s capacity matrix, with what was recorded for them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name} from the matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of these organizations is yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the question bank?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shipped question comes back with its original wording, and your own questions are retired (answers to them are kept, and you can bring them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;sample data to look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer, in {data_place}. PartnerDesk never sends anything over the internet. Settings → Where is my data? shows every file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is kept in a shared database that your organization set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data and its backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DelayedProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ListDialog</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_NamedCellEditing</name>
    <message>
        <source>{column}, row {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ProfileEditing</name>
    <message>
        <source>PartnerDesk could not save this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}

If you close it now, what you typed since the last save is lost. Keep it open to have it saved as soon as the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>answer_editor</name>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} ran into an unexpected problem. Everything you had saved is safe. If it happens again, copy the details and send them to whoever helps you with PartnerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup_contents</name>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backups_dialog</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When PartnerDesk closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged file set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value:.0f} kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>capacity_grid</name>
    <message>
        <source>Has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charter_commands</name>
    <message>
        <source>There is no request {}. `partnerdesk list requests` shows each request&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checkup_form_commands</name>
    <message>
        <source>There is no request {}. `partnerdesk list requests` shows each request&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commitment_list</name>
    <message>
        <source>Dropped: {drop_reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contact_transfer</name>
    <message>
        <source>Contact files (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCards in a .zip (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_safety</name>
    <message>
        <source>PartnerDesk archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>decision_dialog</name>
    <message>
        <source>&amp;Proceed — we go ahead as proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceed with &amp;conditions — only if they agree to ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ause — not now; we may come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline — we say no. The request moves to “Declined”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>email_draft_dialog</name>
    <message>
        <source>&lt;b&gt;On a Mac, Mail opens e-mail files read-only&lt;/b&gt;: you could read the draft but not send it. So start with “Open a new e-mail without the attachment”: Mail opens a new e-mail, and PartnerDesk shows the document in its folder for you to drag in. With another mail program, such as Outlook, “Open in my mail program” may give you the draft with the document already attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides</source>
        <comment>a person who makes the decisions</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>form_actions</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) picked for the form.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved “{name}” in {parent} (%n question(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) read in from “{name}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>form_commands</name>
    <message>
        <source>There is no request {}. `partnerdesk list requests` shows each request&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization {}. `partnerdesk list organizations` shows each organization&apos;s number.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>{answers}: {new}, {changed}, {unmatched}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>help_actions</name>
    <message>
        <source>&lt;h2&gt;{APP_NAME} {__version__}&lt;/h2&gt;&lt;p&gt;PartnerDesk helps community-based organizations vet the partnership requests they receive, keep their partners&apos; history, and agree to partnerships on their own terms.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later ({LICENCE}): you may use, share and change it. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_dialogs</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
    </message>
    <message>
        <source>Birthday (not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key leader (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes decisions (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with the existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will merge with {target_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate of {target_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_export</name>
    <message>
        <source>PartnerDesk&apos;s own CSV (the default for .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV Google Contacts imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV Outlook and Outlook.com import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one vCard file (Google, Apple, Thunderbird)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one vCard per contact, into FILE.zip or a folder (for Outlook)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kickoff_actions</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kickoff_commands</name>
    <message>
        <source>There is no request {}. `partnerdesk list requests` shows each request&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>list_narrowing</name>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_menus</name>
    <message>
        <source>Load &amp;sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our organization&apos;s &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;MOU from scratch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank pro&amp;file form for an organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a filled-in profile f&amp;orm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and &amp;restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import e&amp;verything…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letterhead for Word documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>Use a &amp;shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mou_actions</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n date(s) in “{name}”: open it with your calendar program. Importing it again later updates the same events.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mou_editing</name>
    <message>
        <source>Saving as soon as PartnerDesk can write to its data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: PartnerDesk could not save this. Change something to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the shared database&apos;s server cannot be reached right now. What you typed stays here; it is saved as soon as the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mou_fields</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mou_versions_dialog</name>
    <message>
        <source>&lt;p&gt;No differences: the two are the same.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} — {friendly_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the signed MOU (signed {friendly_date})</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk could not finish that. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk could not show that. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>organization_page</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Add a note after your next call or meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
They have not acknowledged this harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides</source>
        <comment>a person who makes the decisions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (former)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they have shown their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years active in our community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact with us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not written yet&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{people}, %n key leader(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>our_organization_dialog</name>
    <message>
        <source>A 501(c)(3) nonprofit, or receives public funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such organizations cannot take part in lobbying: letter or phone campaigns, petition drives, taking a position on a specific bill or ordinance, endorsing or opposing a candidate, or urging officials to vote. PartnerDesk then warns when an MOU lists any of these. Education on public policy is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page_saving</name>
    <message>
        <source>All changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed this page meanwhile. Change something on it, or close, to choose whose words to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profile_actions</name>
    <message>
        <source>PartnerDesk could not write to its data file just now. Keep typing, or change page, to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared database&apos;s server cannot be reached right now. What you typed stays here; it is saved as soon as the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else changed this answer since you opened the profile. Type in the box again to be asked what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profile_wizard</name>
    <message>
        <source>Everything you type is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside each box is the question the partnership toolkit asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own organization&apos;s profile. Share it with a possible partner before you first meet, and ask them for theirs. {beside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {organization_name} has told you about itself, in your words or theirs. You can also ask them to fill in a profile of their own. {beside}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>record_editing</name>
    <message>
        <source>• {capitalize}: theirs “{theirs}”, yours “{mine}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {hidden} more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>record_list_page</name>
    <message>
        <source>No organizations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the organizations you work with — hospitals, health departments, fellow community groups — or load the sample data to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts are the people you deal with at each organization, including their key leaders. Load the sample data to see how they appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership requests are the asks you receive, for example from a hospital. Each one is vetted here on your own terms. Load the sample data to see one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes record calls, meetings, emails and visits, and any follow-ups. Load the sample data to see some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>request_board</name>
    <message>
        <source>received {friendly_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funding ends {friendly_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided: {lower}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>request_dialog</name>
    <message>
        <source>Inform: they tell you. Consult: they ask your opinion, then decide. Involve: your concerns shape the options. Collaborate: you decide together. Empower: you decide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results_commands</name>
    <message>
        <source>There is no request {}. `partnerdesk list partnerships` shows each partnership.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shared_database</name>
    <message>
        <source>the server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shared_database_actions</name>
    <message>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied; preparing the search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shared_database_dialog</name>
    <message>
        <source>Several staff can work on the same partners when PartnerDesk keeps its data on a PostgreSQL database server your organization runs. Ask whoever set up the server for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: a shared database is backed up by the server&apos;s own backups. PartnerDesk&apos;s backups, restore and “Export everything” cover the data kept on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store PartnerDesk can use, so the password is not kept: PartnerDesk will ask for it each time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signing_actions</name>
    <message>
        <source>This request has no MOU yet. Write it first with “MOU…” on this page; once both organizations have signed it, mark it as signed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signing_dialogs</name>
    <message>
        <source>Signed copies ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>{APP_NAME} cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} cannot write to the folder {data_dir} ({strerror}). Check that it is not read-only and that the disk is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} is busy with this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {APP_NAME} command (an import, a restore or a backup) is writing to this data right now. Start PartnerDesk again once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} is already open with this data on this computer. Switch to that window (look in the taskbar). Two windows writing to the same data could damage it, so this one will close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} cannot use the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

The shared database is {address}. You can also work on the data kept on this computer this time: nothing is copied between the two, and the next start tries the shared database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from {friendly_date} at {taken_at:%H:%M} ({counts}). Restoring it sets the damaged file aside; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found in {backup_dir}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PartnerDesk data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}Type the password of {user} for the shared database {address}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>today_page</name>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnership request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n organization(s) to the trash. Press Ctrl+Z to undo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo moving %n organization(s) to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n organization(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the trash. Press Ctrl+Z to undo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo moving %n contact(s) to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n request(s) to the trash. Press Ctrl+Z to undo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo moving %n request(s) to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n request(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n note(s) to the trash. Press Ctrl+Z to undo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo moving %n note(s) to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n note(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>user_name</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as it should appear on answers and notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vetting_actions</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welcome_dialog</name>
    <message>
        <source>Start using PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk keeps track of the hospitals and health systems that ask your organization to partner, the people you deal with there, and your history with them. It helps you check each request on your own terms before you agree to anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell PartnerDesk who “we” are: your organization&apos;s name, mission and values, so they are at hand when you weigh a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whenever you are ready: File → Our organization&apos;s profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invented example: a hospital system approaching a community food collective, with contacts, notes and a request being vetted. Move it to the Trash when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk already holds records, so the sample is not added: it would mix with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk backs up your data by itself, every half hour while you work and when you close it, and keeps recent and older copies in {folder}. File → Backups and restore… brings an earlier copy back. Settings → Backup folder… can send the backups to a USB stick or a synced folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help → User guide (F1) walks you through the everyday tasks, with pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is in a shared database. Its backups are made by the server it runs on; ask whoever looks after that server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
