"""Writing a Word document, in one home: one function per document.

Each takes the ``Database``, the record's id and the file to write, opens its own
transaction to gather what the document says, writes the .docx to a hidden file beside
the target and moves it into place only after that transaction committed — so a document
is never left in place for a change the store refused. The window (through
``Operations.query``) and the command line call the same functions:

- ``mou.export_mou``: the MOU, recorded as its next version;
- ``vetting.export_vetting``: a request's vetting summary;
- ``vetting.export_questions``: the questions still to ask at the next meeting;
- ``profile.export_profile``: an organization's partner profile;
- ``forms.export_question_form`` / ``forms.export_profile_form``: forms the other side
  fills in (read back by services/vetting/form_answers.py and
  services/profiles/profile_form.py).

The documents' data types live in ``core/`` and the writers in ``exports/``, which never
read the store. Import the submodule you need: this package itself imports nothing, so
naming it does not load python-docx.
"""
