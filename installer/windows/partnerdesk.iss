; Inno Setup script: PartnerDesk for one person on Windows, no administrator rights needed.
; Run by installer\build.py, which passes the version and folders:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\PartnerDesk /DOutputDir=dist
;        /DIconFile=build\pyinstaller\partnerdesk\icons\partnerdesk.ico /DLicenseFile=LICENSE
;        installer\windows\partnerdesk.iss
;
; The program goes to %LOCALAPPDATA%\Programs\PartnerDesk. The data lives elsewhere
; (%APPDATA%\PartnerDesk), so uninstalling keeps it unless the person says to remove it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=...
#endif

[Setup]
; Never change the AppId: it is how Windows knows an update from a different program.
AppId={{6F0C3E52-8B7A-4D3E-9C61-2A5B7D4E1F90}
AppName=PartnerDesk
AppVersion={#AppVersion}
AppVerName=PartnerDesk {#AppVersion}
AppPublisher=The PartnerDesk developers
AppComments=Vet partnership requests and keep your partners' history on your own terms.
DefaultDirName={autopf}\PartnerDesk
DefaultGroupName=PartnerDesk
DisableProgramGroupPage=yes
DisableDirPage=yes
; Per-user install: {autopf} becomes %LOCALAPPDATA%\Programs, no UAC prompt.
PrivilegesRequired=lowest
LicenseFile={#LicenseFile}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\PartnerDesk.exe
UninstallDisplayName=PartnerDesk
OutputDir={#OutputDir}
OutputBaseFilename=PartnerDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Put a PartnerDesk icon on the desktop"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#LicenseFile}"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\PartnerDesk"; Filename: "{app}\PartnerDesk.exe"; Comment: "Vet partnership requests on your own terms"
Name: "{autodesktop}\PartnerDesk"; Filename: "{app}\PartnerDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\PartnerDesk.exe"; Description: "Open PartnerDesk now"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{userappdata}\PartnerDesk');
end;

// Keep the person's organizations, contacts and backups unless they ask otherwise.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and not UninstallSilent() then
  begin
    if MsgBox('PartnerDesk has been removed.' + #13#10#13#10 +
              'Your PartnerDesk data (organizations, contacts, notes, requests and backups) ' +
              'is still in ' + DataFolder() + '.' + #13#10#13#10 +
              'Do you also want to delete your data from this computer? ' +
              'This cannot be undone. Choose No to keep it.',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataFolder(), True, True, True);
  end;
end;
