<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AdminDialog</name>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Salir del modo quiosco</translation>
        </message>
        <message>
            <source>Staff only. Type the admin passphrase to close the handbook.</source>
            <translation>Solo para el personal. Escriba la frase de contraseña de administración para cerrar el manual.</translation>
        </message>
        <message>
            <source>No admin passphrase is set, so kiosk mode cannot be left from here. To set one, run this command on this computer, then start the handbook again:
%1</source>
            <translation>No hay ninguna frase de contraseña de administración, así que no se puede salir del modo quiosco desde aquí. Para crear una, ejecute este comando en esta computadora y vuelva a abrir el manual:
%1</translation>
        </message>
        <message>
            <source>Admin passphrase</source>
            <translation>Frase de contraseña de administración</translation>
        </message>
        <message>
            <source>Close the handbook</source>
            <translation>Cerrar el manual</translation>
        </message>
        <message>
            <source>Check the passphrase and close the handbook</source>
            <translation>Verificar la frase de contraseña y cerrar el manual</translation>
        </message>
        <message>
            <source>Back to the handbook</source>
            <translation>Volver al manual</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>That passphrase is not right. Please try again.</source>
            <translation>Esa frase de contraseña no es correcta. Inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Kiosk status</source>
            <translation>Estado del quiosco</translation>
        </message>
        <message>
            <source>Check the passphrase and show the kiosk's status</source>
            <translation>Verificar la frase de contraseña y mostrar el estado del quiosco</translation>
        </message>
        <message>
            <source>Running since %1. Resets: %2. Problems noted: %3.</source>
            <translation>En funcionamiento desde %1. Reinicios: %2. Problemas registrados: %3.</translation>
        </message>
        <message>
            <source>Latest problems (the log has the details):</source>
            <translation>Últimos problemas (los detalles están en el registro):</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>Archivo de registro: %1</translation>
        </message>
        <message>
            <source>No log file: its folder cannot be written.</source>
            <translation>No hay archivo de registro: no se puede escribir en su carpeta.</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Choose 2 to 4 treatments to see them side by side:</source>
            <translation>Elija de 2 a 4 tratamientos para verlos uno al lado del otro:</translation>
        </message>
        <message>
            <source>Treatments to compare</source>
            <translation>Tratamientos para comparar</translation>
        </message>
        <message>
            <source>Press Space to tick or untick a treatment.</source>
            <translation>Presione la barra espaciadora para marcar o desmarcar un tratamiento.</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Save this comparison as a PDF file</source>
            <translation>Guardar esta comparación como archivo PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print this comparison</source>
            <translation>Imprimir esta comparación</translation>
        </message>
        <message>
            <source>Clear choices</source>
            <translation>Borrar selección</translation>
        </message>
        <message>
            <source>Untick all treatments</source>
            <translation>Desmarcar todos los tratamientos</translation>
        </message>
        <message>
            <source>Comparison table</source>
            <translation>Tabla de comparación</translation>
        </message>
        <message>
            <source>One row for each question, one column for each treatment.</source>
            <translation>Una fila para cada pregunta y una columna para cada tratamiento.</translation>
        </message>
        <message>
            <source>You can compare up to 4 treatments. Untick one to choose another.</source>
            <translation>Puede comparar hasta 4 tratamientos. Desmarque uno para elegir otro.</translation>
        </message>
        <message>
            <source>%1 treatments chosen.</source>
            <translation>%1 tratamientos elegidos.</translation>
        </message>
        <message>
            <source>Tick at least 2 treatments.</source>
            <translation>Marque al menos 2 tratamientos.</translation>
        </message>
        <message>
            <source>Tick at least 2 treatments in the list to see them side by side.</source>
            <translation>Marque al menos 2 tratamientos en la lista para verlos uno al lado del otro.</translation>
        </message>
    </context>
    <context>
        <name>ContentsTree</name>
        <message>
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Every topic of the handbook. Press Enter to open one.</source>
            <translation>Todos los temas del manual. Presione Enter para abrir uno.</translation>
        </message>
        <message>
            <source>Sections and treatments</source>
            <translation>Secciones y tratamientos</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Preguntas que puede hacer</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Glosario</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>The handout was not printed. Nothing is lost: you can print it again.</source>
            <translation>El folleto no se imprimió. No se perdió nada: puede imprimirlo de nuevo.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Cerrar este mensaje</translation>
        </message>
        <message>
            <source>The handout could not be made.</source>
            <translation>No se pudo preparar el folleto.</translation>
        </message>
        <message>
            <source>Search is not working right now. You can still use the contents list.</source>
            <translation>La búsqueda no funciona en este momento. Puede seguir usando la lista de contenido.</translation>
        </message>
        <message>
            <source>That page could not be found.</source>
            <translation>No se encontró esa página.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Please choose another folder.</source>
            <translation>No se pudo guardar el archivo ahí. Elija otra carpeta.</translation>
        </message>
        <message>
            <source>The file could not be saved. Please choose another place or try again.</source>
            <translation>No se pudo guardar el archivo. Elija otro lugar o inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Something did not work.</source>
            <translation>Algo no funcionó.</translation>
        </message>
        <message>
            <source>Something went wrong. Please try again, or ask a member of staff for help.</source>
            <translation>Algo salió mal. Inténtelo de nuevo o pida ayuda a un miembro del personal.</translation>
        </message>
        <message>
            <source>Some pages of the handbook could not be loaded, so they are missing. Everything else works. Staff can run “handbook check” to find the problem.</source>
            <translation>Algunas páginas del manual no se pudieron cargar, así que faltan. Todo lo demás funciona. El personal puede usar “handbook check” para encontrar el problema.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Second language:</source>
            <translation>Segundo idioma:</translation>
        </message>
        <message>
            <source>No second language</source>
            <translation>Sin segundo idioma</translation>
        </message>
        <message>
            <source>Second language of the handout</source>
            <translation>Segundo idioma del folleto</translation>
        </message>
        <message>
            <source>Each part of the handout is printed beside its translation, for you and your care team</source>
            <translation>Cada parte del folleto se imprime al lado de su traducción, para usted y su equipo de atención médica</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Vista previa…</translation>
        </message>
        <message>
            <source>See the handout's pages before printing</source>
            <translation>Ver las páginas del folleto antes de imprimir</translation>
        </message>
        <message>
            <source>Save or print a handout</source>
            <translation>Guardar o imprimir un folleto</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>Imprimir un folleto</translation>
        </message>
        <message>
            <source>Sections to include:</source>
            <translation>Secciones que desea incluir:</translation>
        </message>
        <message>
            <source>Sections to include</source>
            <translation>Secciones que desea incluir</translation>
        </message>
        <message>
            <source>Press Space to tick or untick a section.</source>
            <translation>Presione la barra espaciadora para marcar o desmarcar una sección.</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>Marcar todo</translation>
        </message>
        <message>
            <source>Tick all sections</source>
            <translation>Marcar todas las secciones</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>Desmarcar todo</translation>
        </message>
        <message>
            <source>Untick all sections</source>
            <translation>Desmarcar todas las secciones</translation>
        </message>
        <message>
            <source>Add a comparison (tick 2 to 4 treatments):</source>
            <translation>Agregar una comparación (marque de 2 a 4 tratamientos):</translation>
        </message>
        <message>
            <source>Treatments to compare in the handout</source>
            <translation>Tratamientos para comparar en el folleto</translation>
        </message>
        <message>
            <source>Language of the handout:</source>
            <translation>Idioma del folleto:</translation>
        </message>
        <message>
            <source>Language of the handout</source>
            <translation>Idioma del folleto</translation>
        </message>
        <message>
            <source>Large print</source>
            <translation>Letra grande</translation>
        </message>
        <message>
            <source>Bigger text, easier to read</source>
            <translation>Letra más grande, más fácil de leer</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Save the handout as a PDF file</source>
            <translation>Guardar el folleto como archivo PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Print the handout</source>
            <translation>Imprimir el folleto</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close without making a handout</source>
            <translation>Cerrar sin preparar un folleto</translation>
        </message>
        <message>
            <source>For a comparison, tick 2 to 4 treatments (or none).</source>
            <translation>Para una comparación, marque de 2 a 4 tratamientos (o ninguno).</translation>
        </message>
        <message>
            <source>Tick at least one section, or 2 to 4 treatments to compare.</source>
            <translation>Marque al menos una sección, o de 2 a 4 tratamientos para comparar.</translation>
        </message>
        <message>
            <source>Ready. Choose Save as PDF or Print.</source>
            <translation>Listo. Elija Guardar como PDF o Imprimir.</translation>
        </message>
        <message>
            <source>Ready. Choose Print.</source>
            <translation>Listo. Elija Imprimir.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in page:</source>
            <translation>Buscar en la página:</translation>
        </message>
        <message>
            <source>Find in page</source>
            <translation>Buscar en la página</translation>
        </message>
        <message>
            <source>Type a word to highlight it on this page</source>
            <translation>Escriba una palabra para resaltarla en esta página</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Resultado anterior</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Resultado siguiente</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close find in page</source>
            <translation>Cerrar la búsqueda en la página</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>No se encontró</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>Clear the word to find</source>
            <translation>Borrar la palabra que busca</translation>
        </message>
    </context>
    <context>
        <name>GlossaryPopup</name>
        <message>
            <source>Meaning of a word</source>
            <translation>Significado de una palabra</translation>
        </message>
        <message>
            <source>Open in the glossary</source>
            <translation>Abrir en el glosario</translation>
        </message>
        <message>
            <source>Open this word in the glossary</source>
            <translation>Abrir esta palabra en el glosario</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the meaning</source>
            <translation>Cerrar el significado</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>Imprimir un folleto</translation>
        </message>
        <message>
            <source>Choose pages to print and take with you</source>
            <translation>Elija las páginas que quiere imprimir y llevarse</translation>
        </message>
    </context>
    <context>
        <name>KioskHandouts</name>
        <message>
            <source>Your handout was not printed. Please ask the front desk.</source>
            <translation>Su folleto no se imprimió. Pida ayuda en la recepción.</translation>
        </message>
        <message>
            <source>The printer is not available. Please ask the front desk.</source>
            <translation>La impresora no está disponible. Pida ayuda en la recepción.</translation>
        </message>
        <message>
            <source>Your handout was sent. Please ask the front desk for it.</source>
            <translation>Su folleto se envió. Pídalo en la recepción.</translation>
        </message>
        <message>
            <source>Your handout is printing. Please collect it from the printer.</source>
            <translation>Su folleto se está imprimiendo. Recójalo en la impresora.</translation>
        </message>
    </context>
    <context>
        <name>LanguageBar</name>
        <message>
            <source>Show the handbook in this language</source>
            <translation>Mostrar el manual en este idioma</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administración</translation>
        </message>
        <message>
            <source>Staff only: leave kiosk mode</source>
            <translation>Solo para el personal: salir del modo quiosco</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>My questions</source>
            <translation>Mis preguntas</translation>
        </message>
        <message>
            <source>See, add and print the questions you want to ask</source>
            <translation>Ver, agregar e imprimir las preguntas que quiere hacer</translation>
        </message>
        <message>
            <source>Your sheet is full: remove a question in My questions first.</source>
            <translation>Su hoja está llena: primero quite una pregunta en Mis preguntas.</translation>
        </message>
        <message>
            <source>&amp;About Handbook</source>
            <translation>Acerca &amp;del manual</translation>
        </message>
        <message>
            <source>Version, and whether a translation is missing</source>
            <translation>Versión y si falta alguna traducción</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Go back to the page before</source>
            <translation>Volver a la página anterior</translation>
        </message>
        <message>
            <source>H&amp;ome</source>
            <translation>&amp;Inicio</translation>
        </message>
        <message>
            <source>Go to the start page</source>
            <translation>Ir a la página de inicio</translation>
        </message>
        <message>
            <source>&amp;Compare treatments</source>
            <translation>&amp;Comparar tratamientos</translation>
        </message>
        <message>
            <source>See treatments side by side</source>
            <translation>Ver los tratamientos uno al lado del otro</translation>
        </message>
        <message>
            <source>&amp;Save or print…</source>
            <translation>&amp;Guardar o imprimir…</translation>
        </message>
        <message>
            <source>Save or print a handout</source>
            <translation>Guardar o imprimir un folleto</translation>
        </message>
        <message>
            <source>&amp;Find in page</source>
            <translation>&amp;Buscar en la página</translation>
        </message>
        <message>
            <source>Find a word on this page</source>
            <translation>Buscar una palabra en esta página</translation>
        </message>
        <message>
            <source>Go to s&amp;earch</source>
            <translation>Ir a la &amp;búsqueda</translation>
        </message>
        <message>
            <source>Move to the search box</source>
            <translation>Ir al cuadro de búsqueda</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>&amp;Letra más grande</translation>
        </message>
        <message>
            <source>Make the text larger</source>
            <translation>Hacer la letra más grande</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Letra más &amp;pequeña</translation>
        </message>
        <message>
            <source>Make the text smaller</source>
            <translation>Hacer la letra más pequeña</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>Tamaño de letra &amp;normal</translation>
        </message>
        <message>
            <source>Go back to the normal text size</source>
            <translation>Volver al tamaño de letra normal</translation>
        </message>
        <message>
            <source>High con&amp;trast</source>
            <translation>Al&amp;to contraste</translation>
        </message>
        <message>
            <source>Switch between calm colours and high contrast</source>
            <translation>Cambiar entre colores suaves y alto contraste</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Close the handbook</source>
            <translation>Cerrar el manual</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>&amp;Handbook</source>
            <translation>&amp;Manual</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barra de menús</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of the handbook and its buttons</source>
            <translation>El idioma del manual y de sus botones</translation>
        </message>
        <message>
            <source>Contents and page</source>
            <translation>Contenido y página</translation>
        </message>
        <message>
            <source>Making your handout…</source>
            <translation>Preparando su folleto…</translation>
        </message>
        <message>
            <source>Working, please wait</source>
            <translation>Procesando, espere, por favor</translation>
        </message>
        <message>
            <source>Patient handbook</source>
            <translation>Manual para pacientes</translation>
        </message>
        <message>
            <source>Text size: %1%</source>
            <translation>Tamaño de letra: %1%</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>Guardar el folleto</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Guardado: %1</translation>
        </message>
        <message>
            <source>The handout was sent to the printer.</source>
            <translation>El folleto se envió a la impresora.</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Tick or untick this question for your sheet of questions (My questions)</source>
            <translation>Marque o desmarque esta pregunta para su hoja de preguntas (Mis preguntas)</translation>
        </message>
        <message>
            <source>Page text</source>
            <translation>Texto de la página</translation>
        </message>
        <message>
            <source>Underlined words have a short explanation: select them to read it.</source>
            <translation>Las palabras subrayadas tienen una breve explicación: selecciónelas para leerla.</translation>
        </message>
        <message>
            <source>Sections and treatments</source>
            <translation>Secciones y tratamientos</translation>
        </message>
        <message>
            <source>Questions to ask your care team</source>
            <translation>Preguntas que puede hacerle a su equipo de atención médica</translation>
        </message>
        <message>
            <source>Choose a topic below or in the contents list, or type in the search box. Underlined words have a short explanation: select them to read it.</source>
            <translation>Elija un tema aquí abajo o en la lista de contenido, o escriba en el cuadro de búsqueda. Las palabras subrayadas tienen una breve explicación: selecciónelas para leerla.</translation>
        </message>
    </context>
    <context>
        <name>SearchClearButton</name>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search, for example: bone pain</source>
            <translation>Buscar, por ejemplo: dolor de huesos</translation>
        </message>
        <message>
            <source>Search the handbook</source>
            <translation>Buscar en el manual</translation>
        </message>
        <message>
            <source>Results appear as you type. Press Down to move to the results, Enter to open the best one.</source>
            <translation>Los resultados aparecen mientras escribe. Presione la flecha hacia abajo para ir a los resultados, o Enter para abrir el mejor.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>Press Enter to open a result.</source>
            <translation>Presione Enter para abrir un resultado.</translation>
        </message>
        <message>
            <source>Search for the suggested word instead</source>
            <translation>Buscar la palabra sugerida</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Glossary term</source>
            <translation>Término del glosario</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Preguntas que puede hacer</translation>
        </message>
        <message>
            <source>Results for “%1”: %2</source>
            <translation>Resultados para «%1»: %2</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>No se encontró nada para «%1».</translation>
        </message>
        <message>
            <source>Did you mean: %1?</source>
            <translation>¿Quiso decir: %1?</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Words explained</source>
            <translation>Términos explicados</translation>
        </message>
        <message>
            <source>Who can help</source>
            <translation>Quién puede ayudarle</translation>
        </message>
        <message>
            <source>This handbook does not cover “%1”. Your care team can help.</source>
            <translation>Este manual no trata sobre «%1». Su equipo de atención médica puede ayudarle.</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
    </context>
    <context>
        <name>StillThereOverlay</name>
        <message>
            <source>Are you still there?</source>
            <translation>¿Sigue ahí?</translation>
        </message>
        <message>
            <source>I'm still here</source>
            <translation>Sigo aquí</translation>
        </message>
        <message>
            <source>I'm still here: keep reading</source>
            <translation>Sigo aquí: seguir leyendo</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, the handbook will start over in %n second(s). Touch the screen to keep reading.</source>
            <translation>
                <numerusform>Para proteger su privacidad, el manual volverá a empezar en %n segundo. Toque la pantalla para seguir leyendo.</numerusform>
                <numerusform>Para proteger su privacidad, el manual volverá a empezar en %n segundos. Toque la pantalla para seguir leyendo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintFollower</name>
        <message>
            <source>The printer %1 is paused. The handout waits in its queue and prints when it is started again.</source>
            <translation>La impresora %1 está en pausa. El folleto espera en la cola y se imprimirá cuando la impresora vuelva a funcionar.</translation>
        </message>
        <message>
            <source>The handout was printed.</source>
            <translation>El folleto se imprimió.</translation>
        </message>
        <message>
            <source>The print job was cancelled before the handout was printed. You can print it again.</source>
            <translation>La impresión se canceló antes de que se imprimiera el folleto. Puede imprimirlo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <source>About Handbook</source>
            <translation>Acerca del manual</translation>
        </message>
        <message>
            <source>Handbook %1</source>
            <translation>Manual %1</translation>
        </message>
        <message>
            <source>Prostate cancer that has spread to the bones: a plain-language guide that works offline.</source>
            <translation>Cáncer de próstata que se ha extendido a los huesos: una guía en lenguaje sencillo que funciona sin conexión a internet.</translation>
        </message>
        <message>
            <source>The translation of the buttons and menus into %1 is missing, so they show in English.</source>
            <translation>Falta la traducción de los botones y menús (%1), por eso se muestran en inglés.</translation>
        </message>
    </context>
    <context>
        <name>MyQuestionsDialog</name>
        <message>
            <source>My questions</source>
            <translation>Mis preguntas</translation>
        </message>
        <message>
            <source>Tick questions on the question pages, or write your own here. Print them and take them to your visit: there is room to write the answers.</source>
            <translation>Marque preguntas en las páginas de preguntas o escriba las suyas aquí. Imprímalas y llévelas a su consulta: hay espacio para escribir las respuestas.</translation>
        </message>
        <message>
            <source>Your questions:</source>
            <translation>Sus preguntas:</translation>
        </message>
        <message>
            <source>Your questions</source>
            <translation>Sus preguntas</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the chosen question</source>
            <translation>Quitar la pregunta elegida</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Borrar todo</translation>
        </message>
        <message>
            <source>Remove all your questions</source>
            <translation>Quitar todas sus preguntas</translation>
        </message>
        <message>
            <source>Write a question of your own:</source>
            <translation>Escriba una pregunta propia:</translation>
        </message>
        <message>
            <source>A question of your own</source>
            <translation>Una pregunta propia</translation>
        </message>
        <message>
            <source>For example: Can I still travel?</source>
            <translation>Por ejemplo: ¿Todavía puedo viajar?</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Add your question to the list</source>
            <translation>Agregar su pregunta a la lista</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Save your questions as a PDF file</source>
            <translation>Guardar sus preguntas como archivo PDF</translation>
        </message>
        <message>
            <source>Print my questions</source>
            <translation>Imprimir mis preguntas</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close my questions</source>
            <translation>Cerrar Mis preguntas</translation>
        </message>
        <message>
            <source>My own questions</source>
            <translation>Mis propias preguntas</translation>
        </message>
        <message>
            <source>No questions yet: tick some on the question pages, or write your own.</source>
            <translation>Todavía no hay preguntas: marque algunas en las páginas de preguntas o escriba las suyas.</translation>
        </message>
        <message>
            <source>The sheet is full: remove a question to add another.</source>
            <translation>La hoja está llena: quite una pregunta para agregar otra.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) on your sheet.</source>
            <translation>
                <numerusform>%n pregunta en su hoja.</numerusform>
                <numerusform>%n preguntas en su hoja.</numerusform>
            </translation>
        </message>
    </context>
</TS>
