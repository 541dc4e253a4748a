; Inno Setup 6 script of the Windows installer: a per-user install (no admin rights needed),
; a Start-menu entry, an optional desktop icon, and an uninstaller that keeps the user's data
; unless they tick "Also delete my data" when asked.
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\build\bundle\dist\convosphere installers\windows\convosphere.iss
; (.github/workflows/release.yml runs it after `python scripts/dev.py package`.)

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\bundle\dist\convosphere"
#endif

[Setup]
AppId={{6F1D2C4E-8B3A-4E4F-9C61-2A7E5D0B9C11}
AppName=ConvoSphere
AppVersion={#AppVersion}
AppPublisher=ConvoSphere
DefaultDirName={localappdata}\Programs\ConvoSphere
DefaultGroupName=ConvoSphere
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ConvoSphere-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\convosphere.ico
UninstallDisplayIcon={app}\convosphere.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Code signing: pass /DSign=1 /Ssigntool="signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /f $qcert.pfx$q /p $qPASSWORD$q $f"
; to iscc (release.yml does when the certificate secret is set).
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ConvoSphere"; Filename: "{app}\convosphere.exe"
Name: "{autodesktop}\ConvoSphere"; Filename: "{app}\convosphere.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\convosphere.exe"; Description: "{cm:LaunchProgram,ConvoSphere}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: the data (app.db, documents, settings) is the user's.
Type: filesandordirs; Name: "{app}"

[Code]
// platformdirs' folders of the app (appauthor=False): %LOCALAPPDATA%\ConvoSphere holds data
// and settings.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\ConvoSphere');
    if DirExists(DataDir) and (not UninstallSilent) then
      if MsgBox('Also delete my data?' + #13#10 + #13#10 +
                'Your conversations, documents and settings in ' + DataDir +
                ' are kept unless you choose Yes.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
