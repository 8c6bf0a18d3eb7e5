@echo off
rem Starts optout from an unpacked archive with Java 17 or later: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set,
rem else the java on the PATH. Without a suitable Java it says so in one line and exits 1.
rem Not exercised by CI, which builds and tests on Linux only.
setlocal EnableExtensions
set "OPTOUT_LIB=%~dp0..\lib"

if not defined JAVA_HOME goto java_on_path
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto check_version
echo optout: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe: point it at a Java 17 or later, or unset it 1>&2
exit /b 1

:java_on_path
set "JAVA_EXE="
for /f "delims=" %%j in ('where java 2^>nul') do if not defined JAVA_EXE set "JAVA_EXE=%%j"
if defined JAVA_EXE goto check_version
echo optout: no java on the PATH: install Java 17 or later, or set JAVA_HOME 1>&2
exit /b 1

:check_version
rem The first line of 'java -version' reads e.g.: openjdk version "17.0.15" 2025-04-15
set "JAVA_VERSION="
for /f "tokens=3" %%v in ('call "%JAVA_EXE%" -version 2^>^&1 ^| findstr /i /c:"version"') do (
  if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
)
set "JAVA_MAJOR="
for /f "delims=.-_+ tokens=1,2" %%a in ("%JAVA_VERSION%") do (
  set "JAVA_MAJOR=%%a"
  if "%%a"=="1" set "JAVA_MAJOR=%%b"
)
if not defined JAVA_MAJOR goto too_old
if %JAVA_MAJOR% GEQ 17 goto run
:too_old
echo optout: %JAVA_EXE% is Java %JAVA_VERSION%; optout needs Java 17 or later: install it, or set JAVA_HOME to one 1>&2
exit /b 1

:run
rem The C1 compiler alone warms up fastest and the serial collector starts no threads: a quicker start, and a browser
rem run, which waits on the browser, is no slower.
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "%OPTOUT_LIB%\*" dev.optout.cli.Main %*
exit /b %ERRORLEVEL%
