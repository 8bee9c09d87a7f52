; The Windows installer, built on Linux with makensis (scripts/package-windows.sh):
;   makensis -DVERSION=0.1.0 -DSTAGE=/path/to/files -DOUT=/path/to/Setup.exe installer.nsi
; Installs for the current user only (no administrator rights: many government laptops
; deny them), adds a Start menu entry, opens *.codi.json files with the app, and leaves
; an uninstaller that removes every file and registry key it added. /S installs silently.

Unicode true
; A 64-bit installer: the app is 64-bit, and Wine runs it without 32-bit support.
Target amd64-unicode
SetCompressor /SOLID lzma
!include "MUI2.nsh"

!define APP "CODI Workshop"
!define EXE "codi-workshop.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CODI Workshop"
!define PROGID "CODIWorkshop.Workspace"

Name "${APP} ${VERSION}"
OutFile "${OUT}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT OR Apache-2.0"

!define MUI_ICON "${STAGE}\codi-workshop.ico"
!define MUI_UNICON "${STAGE}\codi-workshop.ico"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${STAGE}\${EXE}"
  File "${STAGE}\README.md"
  File "${STAGE}\sample.codi.json"
  File "${STAGE}\codi-workshop.ico"
  SetOutPath "$INSTDIR\licences"
  File "${STAGE}\licences\*.*"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\codi-workshop.ico"

  ; Double-clicking a workspace opens it (per user, under HKCU\Software\Classes).
  WriteRegStr HKCU "Software\Classes\.codi.json" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "CODI workspace"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\codi-workshop.ico"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "CODI Workshop contributors"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\codi-workshop.ico"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\sample.codi.json"
  Delete "$INSTDIR\codi-workshop.ico"
  RMDir /r "$INSTDIR\licences"
  Delete "$INSTDIR\uninstall.exe"
  ; Only if empty: a workspace saved into the folder by the user stays. The same for the
  ; per-user Programs folder, which the install made if it was missing.
  RMDir "$INSTDIR"
  RMDir "$LOCALAPPDATA\Programs"

  ; The association is removed only while it is still ours.
  ReadRegStr $0 HKCU "Software\Classes\.codi.json" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.codi.json"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
