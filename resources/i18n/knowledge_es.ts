<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BulkJobs</name>
    <message>
        <source>{title} — waiting for other jobs to finish</source>
        <translation>{title} — esperando a que terminen otras tareas</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>quedan unos {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Reading job progress</source>
        <translation>Lectura del progreso de la tarea</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more job(s))</source>
        <translation>
            <numerusform>(y %n tarea más)</numerusform>
            <numerusform>(y %n tareas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: done.</source>
        <translation>{title}: completado.</translation>
    </message>
    <message numerus="yes">
        <source>{title}: cancelled after {done} of %n batch(es).</source>
        <translation>
            <numerusform>{title}: cancelado tras {done} de %n lote.</numerusform>
            <numerusform>{title}: cancelado tras {done} de %n lotes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n batch(es) failed.</source>
        <translation>
            <numerusform>{title}: falló %n lote.</numerusform>
            <numerusform>{title}: fallaron %n lotes.</numerusform>
        </translation>
    </message>
    <message>
        <source>First error: {error}</source>
        <translation>Primer error: {error}</translation>
    </message>
    <message>
        <source>See Jobs for every error.</source>
        <translation>Consulta Tareas para ver todos los errores.</translation>
    </message>
    <message>
        <source>Cancelling the job</source>
        <translation>Cancelación de la tarea</translation>
    </message>
    <message>
        <source>Retrying the job</source>
        <translation>Reintento de la tarea</translation>
    </message>
</context>
<context>
    <name>DocumentFilters</name>
    <message>
        <source>Any of</source>
        <translation>Alguna de</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>None of</source>
        <translation>Ninguna de</translation>
    </message>
    <message>
        <source>Search titles and file names</source>
        <translation>Buscar en títulos y nombres de archivo</translation>
    </message>
    <message>
        <source>Documents with any of, all of, or none of these tags</source>
        <translation>Documentos con alguna, todas o ninguna de estas etiquetas</translation>
    </message>
    <message>
        <source>Tags, comma separated</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Added on or after this day</source>
        <translation>Añadido este día o después</translation>
    </message>
    <message>
        <source>Added on or before this day</source>
        <translation>Añadido este día o antes</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Tags, type and date added</source>
        <translation>Etiquetas, tipo y fecha de adición</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Filters ({count})</source>
        <translation>Filtros ({count})</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo tus datos…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Show first pages as a grid instead of a table</source>
        <translation>Mostrar las primeras páginas en cuadrícula en lugar de tabla</translation>
    </message>
    <message>
        <source>Manage tags…</source>
        <translation>Gestionar etiquetas…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Quitar etiqueta…</translation>
    </message>
    <message>
        <source>Reprocess</source>
        <translation>Reprocesar</translation>
    </message>
    <message>
        <source>Reprocessing</source>
        <translation>Reprocesamiento</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>Traslado a la papelera</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Loading tags</source>
        <translation>Carga de etiquetas</translation>
    </message>
    <message>
        <source>Loading documents</source>
        <translation>Carga de documentos</translation>
    </message>
    <message>
        <source>Trash ({count})</source>
        <translation>Papelera ({count})</translation>
    </message>
    <message>
        <source>Importing… each document appears here as soon as it has been read.</source>
        <translation>Importando… Cada documento aparece aquí en cuanto se ha leído.</translation>
    </message>
    <message>
        <source>The trash is empty. Documents you delete wait here until you empty it.</source>
        <translation>La papelera está vacía. Los documentos que eliminas esperan aquí hasta que la vacíes.</translation>
    </message>
    <message>
        <source>No documents match these filters. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;</source>
        <translation>Ningún documento coincide con estos filtros. &lt;a href=&quot;clear&quot;&gt;Borrar los filtros&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No documents yet. Add PDFs, Markdown, Word, HTML or text files to the knowledge base; they will be listed here to tag, filter and act on many at once.</source>
        <translation>Aún no hay documentos. Añade archivos PDF, Markdown, Word, HTML o de texto a la base de conocimiento; aparecerán aquí para etiquetarlos, filtrarlos y actuar sobre muchos a la vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the trash</source>
        <translation>
            <numerusform>%n documento en la papelera</numerusform>
            <numerusform>%n documentos en la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %n matching</source>
        <translation>
            <numerusform>Seleccionar todo (%n)</numerusform>
            <numerusform>Seleccionar todos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding tags</source>
        <translation>Adición de etiquetas</translation>
    </message>
    <message>
        <source>Removing the tag</source>
        <translation>Eliminación de la etiqueta</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Añadir etiquetas</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation>Exportar documentos</translation>
    </message>
    <message>
        <source>documents.zip</source>
        <translation>documentos.zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s) for good? Their files and index entries are removed.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente %n documento? Se borrarán su archivo y sus entradas del índice.</numerusform>
            <numerusform>¿Eliminar definitivamente %n documentos? Se borrarán sus archivos y entradas del índice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Deleting for good</source>
        <translation>Eliminación definitiva</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n document(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente el %n documento de la papelera? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar definitivamente los %n documentos de la papelera? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Vaciado de la papelera</translation>
    </message>
    <message>
        <source>Making a thumbnail</source>
        <translation>Creación de una miniatura</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Finding the cited documents</source>
        <translation>Búsqueda de los documentos citados</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>“{title}” is password-protected. Use “Open original” to open it in your PDF reader with its password.</source>
        <translation>“{title}” está protegido con contraseña. Usa “Abrir original” para abrirlo en tu lector de PDF con su contraseña.</translation>
    </message>
    <message>
        <source>“{title}” is locked with a kind of encryption this viewer cannot open. Use “Open original” to open it in your PDF reader.</source>
        <translation>“{title}” está cifrado de una forma que este visor no puede abrir. Usa “Abrir original” para abrirlo en tu lector de PDF.</translation>
    </message>
    <message>
        <source>“{title}” is damaged or not a PDF (it may be cut short). Open it in a PDF viewer and save a new copy, then import that.</source>
        <translation>“{title}” está dañado o no es un PDF (puede estar incompleto). Ábrelo en un visor de PDF, guarda una copia nueva e impórtala.</translation>
    </message>
    <message>
        <source>“{title}” is missing from the library; import the file again.</source>
        <translation>“{title}” no está en la biblioteca; vuelve a importar el archivo.</translation>
    </message>
    <message>
        <source>“{title}” cannot be shown (the file may be damaged).</source>
        <translation>“{title}” no se puede mostrar (puede que el archivo esté dañado).</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Abrir original</translation>
    </message>
    <message>
        <source>Open the file in the app your system uses for it</source>
        <translation>Abrir el archivo con la aplicación que usa tu sistema para él</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Save a copy, export pages, print</source>
        <translation>Guardar una copia, exportar páginas, imprimir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Export pages as PDF…</source>
        <translation>Exportar páginas como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Export as .zip with manifest…</source>
        <translation>Exportar como .zip con manifiesto…</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>Cerrar el documento</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Siguiente coincidencia (F3)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Checking the document</source>
        <translation>Comprobación del documento</translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation>Apertura del documento</translation>
    </message>
    <message>
        <source>Reading the document</source>
        <translation>Lectura del documento</translation>
    </message>
    <message>
        <source>“{title}” is not an image this viewer can show.</source>
        <translation>“{title}” no es una imagen que este visor pueda mostrar.</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>de {count}</translation>
    </message>
    <message>
        <source>Finding the passage</source>
        <translation>Búsqueda del fragmento</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
    <message>
        <source>Remembering the page</source>
        <translation>Guardado de la página</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} de {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the original</source>
        <translation>Apertura del original</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Guardado de una copia</translation>
    </message>
    <message>
        <source>{title} pp. {first}-{last}</source>
        <translation>{title} págs. {first}-{last}</translation>
    </message>
    <message>
        <source>Export pages</source>
        <translation>Exportar páginas</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting pages</source>
        <translation>Exportación de páginas</translation>
    </message>
    <message>
        <source>Export as .zip</source>
        <translation>Exportar como .zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the document</source>
        <translation>Exportación del documento</translation>
    </message>
    <message>
        <source>Exporting to {name}: progress in Jobs</source>
        <translation>Exportando a {name}: progreso en Tareas</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Export pages as PDF</source>
        <translation>Exportar páginas como PDF</translation>
    </message>
    <message>
        <source>From page</source>
        <translation>Desde la página</translation>
    </message>
    <message>
        <source>To page</source>
        <translation>Hasta la página</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reading import progress</source>
        <translation>Lectura del progreso de la importación</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>leyendo {file}</translation>
    </message>
    <message>
        <source>scanned pages rendered with QtPdf: poppler is not installed</source>
        <translation>páginas escaneadas renderizadas con QtPdf: poppler no está instalado</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>Importing {done} of %n file(s) (+{more} more)</source>
        <translation>
            <numerusform>Importando {done} de %n archivo (+{more} más)</numerusform>
            <numerusform>Importando {done} de %n archivos (+{more} más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {done} of %n file(s)</source>
        <translation>
            <numerusform>Importando {done} de %n archivo</numerusform>
            <numerusform>Importando {done} de %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the import</source>
        <translation>Cancelación de la importación</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after {done} of %n file(s)</source>
        <translation>
            <numerusform>Importación cancelada tras {done} de %n archivo</numerusform>
            <numerusform>Importación cancelada tras {done} de %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %n file(s); {failed} could not be imported</source>
        <translation>
            <numerusform>Importados {done} de %n archivo; no se pudieron importar: {failed}</numerusform>
            <numerusform>Importados {done} de %n archivos; no se pudieron importar: {failed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n archivo importado</numerusform>
            <numerusform>%n archivos importados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Finished with problems</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n file(s)</source>
        <translation>
            <numerusform>{done} de %n archivo</numerusform>
            <numerusform>{done} de %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n batch(es)</source>
        <translation>
            <numerusform>{done} de %n lote</numerusform>
            <numerusform>{done} de %n lotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n document(s)</source>
        <translation>
            <numerusform>{done} de %n documento</numerusform>
            <numerusform>{done} de %n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n item(s)</source>
        <translation>
            <numerusform>{done} de %n elemento</numerusform>
            <numerusform>{done} de %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} files/s</source>
        <translation>{rate} archivos/s</translation>
    </message>
    <message>
        <source>{rate} batches/s</source>
        <translation>{rate} lotes/s</translation>
    </message>
    <message>
        <source>{rate} documents/s</source>
        <translation>{rate} documentos/s</translation>
    </message>
    <message>
        <source>{rate} items/s</source>
        <translation>{rate} elementos/s</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>calculando…</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Imports and bulk actions run here in the background and pick up where they left off after a restart.</source>
        <translation>Las importaciones y las acciones masivas se ejecutan aquí en segundo plano y continúan donde se quedaron tras un reinicio.</translation>
    </message>
    <message>
        <source>No background work yet</source>
        <translation>Aún no hay tareas en segundo plano</translation>
    </message>
    <message>
        <source>When you import documents or act on many of them at once, the work shows up here with its progress and time left. You can keep working meanwhile, pause or cancel it, and retry anything that failed.</source>
        <translation>Cuando importas documentos o actúas sobre muchos a la vez, el trabajo aparece aquí con su progreso y el tiempo restante. Puedes seguir trabajando mientras tanto, pausarlo o cancelarlo, y reintentar lo que haya fallado.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry failed items</source>
        <translation>Reintentar elementos fallidos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Select a job to see what went wrong with it.</source>
        <translation>Selecciona una tarea para ver qué salió mal.</translation>
    </message>
    <message>
        <source>Reading the job’s problems</source>
        <translation>Lectura de los problemas de la tarea</translation>
    </message>
    <message>
        <source>Problems in “{title}”</source>
        <translation>Problemas en “{title}”</translation>
    </message>
    <message>
        <source>No problems so far.</source>
        <translation>Sin problemas por ahora.</translation>
    </message>
    <message>
        <source>Pause “{title}”</source>
        <translation>Pausa de “{title}”</translation>
    </message>
    <message>
        <source>Resume “{title}”</source>
        <translation>Reanudación de “{title}”</translation>
    </message>
    <message>
        <source>Cancel “{title}”</source>
        <translation>Cancelación de “{title}”</translation>
    </message>
    <message>
        <source>Retry “{title}”</source>
        <translation>Reintento de “{title}”</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Documents (*.pdf *.md *.markdown *.txt *.rst *.docx *.html *.htm *.py *.js *.ts *.java *.c *.cpp *.h *.go *.rs *.rb *.sh *.sql);;All files (*)</source>
        <translation>Documentos (*.pdf *.md *.markdown *.txt *.rst *.docx *.html *.htm *.py *.js *.ts *.java *.c *.cpp *.h *.go *.rs *.rb *.sh *.sql);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>Your documents, searched on this device and cited in answers down to the page.</source>
        <translation>Tus documentos, buscados en este dispositivo y citados en las respuestas con su página exacta.</translation>
    </message>
    <message>
        <source>Your knowledge base is empty</source>
        <translation>Tu base de conocimiento está vacía</translation>
    </message>
    <message>
        <source>PDFs, Markdown, Word, HTML, text and source files you add here are kept on this computer, indexed for keyword and meaning search without any network, and quoted with their page numbers when an assistant answers from them.&lt;br&gt;&lt;br&gt;Drop files or folders here, or:</source>
        <translation>Los archivos PDF, Markdown, Word, HTML, de texto y de código fuente que añadas aquí se quedan en este equipo, se indexan para buscar por palabras clave y por significado sin ninguna red, y se citan con sus números de página cuando un asistente responde a partir de ellos.&lt;br&gt;&lt;br&gt;Suelta aquí archivos o carpetas, o:</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importar una carpeta…</translation>
    </message>
    <message>
        <source>Search your documents by words or meaning…</source>
        <translation>Buscar por palabras o significado…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importar carpeta…</translation>
    </message>
    <message>
        <source>Saved “{query}”</source>
        <translation>“{query}” guardada</translation>
    </message>
    <message>
        <source>Your documents</source>
        <translation>Tus documentos</translation>
    </message>
    <message>
        <source>Reading imports</source>
        <translation>Lectura de las importaciones</translation>
    </message>
    <message>
        <source>Counting documents</source>
        <translation>Recuento de documentos</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importar una carpeta</translation>
    </message>
    <message>
        <source>Starting the import</source>
        <translation>Inicio de la importación</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Remembering the search</source>
        <translation>Registro de la búsqueda</translation>
    </message>
    <message>
        <source>Suggesting searches</source>
        <translation>Sugerencia de búsquedas</translation>
    </message>
    <message>
        <source>Preparing search suggestions</source>
        <translation>Preparación de sugerencias de búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in your documents matches “{query}”.</source>
        <translation>Nada en tus documentos coincide con “{query}”.</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;correction&quot;&gt;&lt;b&gt;{query}&lt;/b&gt;&lt;/a&gt;?</source>
        <translation>¿Quisiste decir &lt;a href=&quot;correction&quot;&gt;&lt;b&gt;{query}&lt;/b&gt;&lt;/a&gt;?</translation>
    </message>
    <message>
        <source>Search for “{query}” instead</source>
        <translation>Buscar “{query}” en su lugar</translation>
    </message>
</context>
<context>
    <name>SearchHistory</name>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Búsquedas</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>No saved searches yet. Type a search, then “Save this search”.</source>
        <translation>Aún no hay búsquedas guardadas. Escribe una búsqueda y luego elige “Guardar esta búsqueda”.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Búsquedas recientes</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <source>Reading your searches</source>
        <translation>Lectura de tus búsquedas</translation>
    </message>
    <message>
        <source>No searches recorded.</source>
        <translation>No hay búsquedas registradas.</translation>
    </message>
    <message>
        <source>Search history is off: turn on “Remember searches” in Settings → Knowledge to record searches again.</source>
        <translation>El historial de búsquedas está desactivado: activa “Recordar búsquedas” en Configuración → Conocimiento para volver a registrar búsquedas.</translation>
    </message>
    <message>
        <source>Deleting a saved search</source>
        <translation>Eliminación de una búsqueda guardada</translation>
    </message>
    <message>
        <source>Clearing the search history</source>
        <translation>Borrado del historial de búsquedas</translation>
    </message>
    <message>
        <source>Save this search, run a saved one, or see your history</source>
        <translation>Guardar esta búsqueda, ejecutar una guardada o ver tu historial</translation>
    </message>
    <message>
        <source>Reading saved searches</source>
        <translation>Lectura de las búsquedas guardadas</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation>No hay búsquedas guardadas</translation>
    </message>
    <message>
        <source>Search history and saved searches…</source>
        <translation>Historial y búsquedas guardadas…</translation>
    </message>
    <message>
        <source>Saving the search</source>
        <translation>Guardado de la búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>{title} — open at this passage</source>
        <translation>{title} — abrir en este fragmento</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Type a tag, or several separated by commas</source>
        <translation>Escribe una etiqueta, o varias separadas por comas</translation>
    </message>
    <message>
        <source>Tags to add to the selected documents (new ones are made):</source>
        <translation>Etiquetas para añadir a los documentos seleccionados (las nuevas se crean):</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation>Gestionar etiquetas</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>Nueva etiqueta…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionar en…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Loading tags</source>
        <translation>Carga de etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s). Double-click a name to rename it; select several and use Merge into… to fold them into one.</source>
        <translation>
            <numerusform>%n etiqueta. Haz doble clic en un nombre para cambiarlo; selecciona varias y usa “Fusionar en…” para unirlas en una.</numerusform>
            <numerusform>%n etiquetas. Haz doble clic en un nombre para cambiarlo; selecciona varias y usa “Fusionar en…” para unirlas en una.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags yet. Select documents and use Add tag…, or make one with New tag….</source>
        <translation>Aún no hay etiquetas. Selecciona documentos y usa “Añadir etiqueta…”, o crea una con “Nueva etiqueta…”.</translation>
    </message>
    <message>
        <source>Renaming the tag</source>
        <translation>Cambio de nombre de la etiqueta</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Making the tag</source>
        <translation>Creación de la etiqueta</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Color de la etiqueta</translation>
    </message>
    <message>
        <source>Changing the colour</source>
        <translation>Cambio de color</translation>
    </message>
    <message>
        <source>Select the tags to merge first, then choose the tag to keep.</source>
        <translation>Selecciona primero las etiquetas que quieres fusionar y luego elige la que se conserva.</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionar etiquetas</translation>
    </message>
    <message>
        <source>Keep this tag:</source>
        <translation>Conservar esta etiqueta:</translation>
    </message>
    <message>
        <source>Select at least one other tag to merge into it.</source>
        <translation>Selecciona al menos otra etiqueta para fusionarla con ella.</translation>
    </message>
    <message numerus="yes">
        <source>Merge {names} into “{target}”? Their %n document link(s) move to “{target}” and {names} will be gone.</source>
        <translation>
            <numerusform>¿Fusionar {names} en “{target}”? El vínculo con %n documento pasa a “{target}” y solo quedará “{target}”.</numerusform>
            <numerusform>¿Fusionar {names} en “{target}”? Los vínculos con %n documentos pasan a “{target}” y solo quedará “{target}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging tags</source>
        <translation>Fusión de etiquetas</translation>
    </message>
    <message>
        <source>Counting documents</source>
        <translation>Recuento de documentos</translation>
    </message>
    <message numerus="yes">
        <source>Delete {names}? It will be removed from %n document(s). The documents themselves are kept.</source>
        <translation>
            <numerusform>¿Eliminar {names}? Afecta a %n documento; el documento en sí se conserva.</numerusform>
            <numerusform>¿Eliminar {names}? Afecta a %n documentos; los documentos en sí se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation>Eliminar etiquetas</translation>
    </message>
    <message>
        <source>Deleting the tag</source>
        <translation>Eliminación de la etiqueta</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
</context>
</TS>
