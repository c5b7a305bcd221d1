; Inno Setup 6.3+ script: the Berjasa installer for Windows 10/11 x64 (per machine).
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\berjasa packaging\windows\berjasa.iss
;   (packaging\windows\build.ps1 does this after the PyInstaller build)
;
; Output: dist\installer\berjasa-setup-<version>.exe
;
; Silent deployment (GPO, Intune, PDQ):
;   berjasa-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\berjasa-setup.log"
; Optional: /STORE=postgresql://berjasa@db-disnaker:5432/berjasa sets the machine-wide
; BERJASA_STORE (the shared office server) for every user of the PC.
;
; User data (the SQLite store, settings, logs) lives in each user's
; %LOCALAPPDATA%\Disnaker Makassar\Berjasa. The installer never writes there and the
; uninstaller never deletes it: an upgrade or an uninstall keeps every record.
;
; This file is UTF-8 with a byte-order mark: the shortcut names contain an em dash.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\berjasa"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\installer"
#endif

#define AppName "Berjasa"
#define AppPublisher "Dinas Ketenagakerjaan Kota Makassar"
#define GuiExe "berjasa.exe"
#define AdminExe "berjasa-admin.exe"

[Setup]
; The AppId identifies Berjasa to Windows for upgrades and uninstall: NEVER change it.
AppId={{E3FED404-45D4-4749-8449-0C517E0CC9AF}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppComments=Administrasi program Makassar Berjasa (BPJS Ketenagakerjaan pekerja rentan)
VersionInfoVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription=Penginstal {#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=berjasa-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
; Close a running Berjasa before files are replaced (an upgrade while a clerk works).
CloseApplications=force
RestartApplications=no
ChangesEnvironment=yes
SetupLogging=yes
ShowLanguageDialog=no
LanguageDetectionMethod=none

[Languages]
; Indonesian wizard texts when the (unofficial) Indonesian.isl translation is installed
; beside Inno Setup; otherwise the wizard speaks English. Shortcut names are Indonesian
; either way.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
#else
Name: "en"; MessagesFile: "compiler:Default.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "Buat ikon Berjasa di desktop"; GroupDescription: "Ikon tambahan:"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder's libraries: a file the new version no
; longer ships must not linger and be loaded. (User data is never under {app}.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "konsol-admin.cmd"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\Berjasa"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "Administrasi Makassar Berjasa"
Name: "{group}\Berjasa — Konsol Admin"; Filename: "{cmd}"; Parameters: "/k ""{app}\konsol-admin.cmd"""; WorkingDir: "{app}"; IconFilename: "{app}\{#AdminExe}"; Comment: "berjasa-admin: perintah untuk admin dan TI"
Name: "{group}\Copot Berjasa"; Filename: "{uninstallexe}"; Comment: "Copot program Berjasa (data pengguna tetap disimpan)"
Name: "{autodesktop}\Berjasa"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; /STORE=... on the command line: the office's shared store for every user of this PC.
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "BERJASA_STORE"; ValueData: "{param:STORE}"; Flags: uninsdeletevalue; Check: StoreGiven

[Run]
Filename: "{app}\{#GuiExe}"; Description: "Jalankan Berjasa sekarang"; Flags: nowait postinstall skipifsilent unchecked

; No [UninstallDelete]: the uninstaller removes only what it installed. Each user's
; %LOCALAPPDATA%\Disnaker Makassar\Berjasa (store, settings, logs) stays.

[Code]
function StoreGiven(): Boolean;
begin
  Result := Trim(ExpandConstant('{param:STORE}')) <> '';
end;

function HasPasswordInUrl(Url: String): Boolean;
var
  Rest: String;
  At: Integer;
begin
  Result := False;
  if Pos('://', Url) = 0 then
    Exit;
  Rest := Copy(Url, Pos('://', Url) + 3, Length(Url));
  At := Pos('@', Rest);
  if At > 0 then
    Result := Pos(':', Copy(Rest, 1, At - 1)) > 0;
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  { A password in the address would sit in the registry for anyone to read. }
  if HasPasswordInUrl(Trim(ExpandConstant('{param:STORE}'))) then
  begin
    SuppressibleMsgBox('/STORE tidak boleh berisi kata sandi. Simpan kata sandi di ' +
      'Windows Credential Manager atau pgpass.conf (lihat docs/WINDOWS.md).',
      mbError, MB_OK, IDOK);
    Result := False;
  end;
end;
