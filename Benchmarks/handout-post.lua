-- wrk script: every request posts the form for one standard handout (newly diagnosed topics).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "collection=newly-diagnosed&layout=standard&patient.name=Pat+Example&nurse.name=Sam+Patel"
