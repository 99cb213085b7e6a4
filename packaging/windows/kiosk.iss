; Inno Setup script: installs the one-folder kiosk bundle on a Windows booth PC.
;
; Build the bundle first (on Windows):   python packaging\build.py
; then the installer:                    iscc /DAppVersion=0.1.0 packaging\windows\kiosk.iss
; (python packaging\build.py --installer does both, taking the version from the package).
; Result: packaging\dist\PavilionKiosk-Setup-<version>.exe
;
; The installer copies packaging\dist\kiosk\ to Program Files with the launcher
; (kiosk-launcher.ps1: restarts the kiosk when it exits or stops answering), adds Start-menu
; entries and, as an option, starts the launcher when any user logs on. The kiosk's data
; (database with the leads, content, logs) lives in one folder for the machine,
; %ProgramData%\PavilionKiosk\PavilionKiosk, which local users may write; it is kept on upgrade
; and uninstall: leads are never deleted by the installer.
;
; Silent install (and upgrade: the same command with a newer setup; the running kiosk is closed):
;   PavilionKiosk-Setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /TASKS="startatlogon" /LOG="%TEMP%\kiosk-setup.log"
; Silent uninstall: "C:\Program Files\Pavilion Kiosk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Pavilion Kiosk"
#define AppPublisher "Pavilion Kiosk"
#ifndef BundleDir
  #define BundleDir "..\dist\kiosk"
#endif
; kiosk-window.exe: no console window; with no arguments it runs the kiosk full screen.
#define WindowExe "kiosk-window.exe"
#define ConsoleExe "kiosk.exe"

[Setup]
AppId={{6E0F3C6B-7B1D-4C1E-9B7A-3F2B8C1D5A42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=PavilionKiosk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
UninstallDisplayIcon={app}\{#WindowExe}
SetupIconFile=kiosk.ico
; The first-run checklist (staff PIN, real content, kiosk doctor) on the last page.
InfoAfterFile=..\FIRST-RUN.txt
UninstallDisplayName={#AppName}
; A kiosk that is running holds its files open; ask it to close before replacing them.
CloseApplications=yes
RestartApplications=no
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Tasks]
Name: "startatlogon"; Description: "Start the kiosk automatically when a user logs on (restarted whenever it exits or hangs)"; GroupDescription: "Start-up:"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build, whatever it holds (QML, translations, fonts, assets, migrations).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "kiosk-launcher.ps1"; DestDir: "{app}"; Flags: ignoreversion
Source: "kiosk.ico"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\FIRST-RUN.txt"; DestDir: "{app}"; Flags: ignoreversion

[Dirs]
; One data folder for the machine: the kiosk account writes it, an administrator's tools read
; the same database. Kept on uninstall (it holds the leads).
Name: "{commonappdata}\PavilionKiosk\PavilionKiosk"; Permissions: users-modify; Flags: uninsneveruninstall

[InstallDelete]
; An upgrade replaces the bundle completely: no file of an older version may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#WindowExe}"; Parameters: "run"; WorkingDir: "{app}"; IconFilename: "{app}\kiosk.ico"
Name: "{group}\{#AppName} (window, for testing)"; Filename: "{app}\{#WindowExe}"; Parameters: "run --windowed --show-cursor"; WorkingDir: "{app}"; IconFilename: "{app}\kiosk.ico"
Name: "{group}\Check the installation (kiosk doctor)"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#ConsoleExe}"" doctor"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowExe}"; Parameters: "run"; WorkingDir: "{app}"; Tasks: desktopicon
; Start at logon for every user (the kiosk account included): the all-users Startup folder runs
; the launcher, which restarts the kiosk whenever it exits or stops answering.
Name: "{commonstartup}\{#AppName}"; Filename: "{sys}\WindowsPowerShell\v1.0\powershell.exe"; Parameters: "-NoProfile -ExecutionPolicy Bypass -WindowStyle Hidden -File ""{app}\kiosk-launcher.ps1"""; WorkingDir: "{app}"; IconFilename: "{app}\kiosk.ico"; Tasks: startatlogon

[Code]
// While files are replaced, the launcher (started at logon, or the kiosk user's shell) must not
// start the kiosk it just saw closed: it waits while this mark exists (kiosk-launcher.ps1).
function InstallingMark: String;
begin
  Result := ExpandConstant('{commonappdata}\PavilionKiosk\PavilionKiosk\run\installing');
end;

function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  ForceDirectories(ExtractFileDir(InstallingMark));
  SaveStringToFile(InstallingMark, 'setup', False);
  Result := '';
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    DeleteFile(InstallingMark);
end;

procedure DeinitializeSetup;
begin
  DeleteFile(InstallingMark);  // a cancelled or failed setup leaves no mark behind
end;

[Run]
Filename: "{app}\{#WindowExe}"; Parameters: "run"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent unchecked
